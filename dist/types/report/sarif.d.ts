import type { Report } from '../types.js';
export declare function toSarif(report: Report): string;
