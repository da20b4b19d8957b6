import type { ApiKeyEntry } from './admin.js';
import type { RevokeReport } from './flow.js';
export declare function entryLine(e: ApiKeyEntry, project?: string): string;
export declare function toRevokeText(report: RevokeReport): string;
export declare function toRevokeJson(report: RevokeReport): string;
