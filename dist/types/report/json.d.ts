import type { Finding, Report } from '../types.js';
/** A finding with the fields of design.md's JSON report, in its order; excerpts stay out of JSON. */
export declare function jsonFinding(f: Finding): Record<string, unknown>;
export declare function toJson(report: Report): string;
