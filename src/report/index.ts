import type { Report } from '../types.js';
import { toCodeQuality, toGitlab } from './gitlab.js';
import { toJson } from './json.js';
import { toJsonl } from './jsonl.js';
import { toSarif } from './sarif.js';
import { toText } from './text.js';

export type Format = 'text' | 'json' | 'jsonl' | 'sarif' | 'github' | 'gitlab' | 'codequality';
export const FORMATS: readonly Format[] = ['text', 'json', 'jsonl', 'sarif', 'github', 'gitlab', 'codequality'];

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
    // `##[` can only be inside a JSON string: `\u005b` keeps the value and keeps the GitHub runner from
    // reading the line as a command (its old syntax is read anywhere on a line).
    case 'json':
      return toJson(report).replaceAll('##[', '##\\u005b');
    case 'jsonl':
      return toJsonl(report, { repository: opts.repository ?? '' }).replaceAll('##[', '##\\u005b');
    case 'sarif':
      return toSarif(report).replaceAll('##[', '##\\u005b');
    case 'gitlab':
      return toGitlab(report, { headCommit: opts.headCommit }).replaceAll('##[', '##\\u005b');
    case 'codequality':
      return toCodeQuality(report).replaceAll('##[', '##\\u005b');
    case 'text':
    case 'github': // annotations and summary are emitted by emitGithub; the log gets the text report
      return toText(report, opts);
  }
}
