import type { Report } from '../types.js';
import { toJson } from './json.js';
import { toText } from './text.js';

export type Format = 'text' | 'json';
export const FORMATS: readonly Format[] = ['text', 'json'];

export interface FormatOptions {
  color: boolean;
  verbose?: boolean;
}

export function formatReport(report: Report, format: Format, opts: FormatOptions): string {
  switch (format) {
    case 'json':
      return toJson(report);
    case 'text':
      return toText(report, opts);
  }
}
