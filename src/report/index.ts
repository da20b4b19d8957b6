import type { Report } from '../types.js';
import { toGitlab } from './gitlab.js';
import { toJson } from './json.js';
import { toJsonl } from './jsonl.js';
import { toSarif } from './sarif.js';
import { toText } from './text.js';

export type Format = 'text' | 'json' | 'jsonl' | 'sarif' | 'github' | 'gitlab';
export const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'sarif', 'github', 'gitlab'];

export interface FormatOptions {
  color: boolean;
  explain?: boolean;
  /** jsonl: the repository label every line carries. */
  repository?: string;
  /** gitlab: the commit a tree or staged scan looked at, for findings that carry none. */
  headCommit?: string | undefined;
}

export function formatReport(report: Report, format: Format, opts: FormatOptions): string {
  switch (format) {
    case 'json':
      return toJson(report);
    case 'jsonl':
      return toJsonl(report, { repository: opts.repository ?? '' });
    case 'sarif':
      return toSarif(report);
    case 'gitlab':
      return toGitlab(report, { headCommit: opts.headCommit });
    case 'text':
    case 'github': // annotations and summary are emitted by emitGithub; the log gets the text report
      return toText(report, opts);
  }
}
