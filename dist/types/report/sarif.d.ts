import type { Log, ReportingDescriptor } from 'sarif';
import type { Report, Rule } from '../types.js';
export declare function sarifRule(rule: Rule): ReportingDescriptor;
/** `openai-key-scan/<mode>/`: code scanning keeps one analysis per id (plus the upload's category). */
export declare function automationId(report: Report): string;
export declare function toSarifLog(report: Report): Log;
export declare function toSarif(report: Report): string;
