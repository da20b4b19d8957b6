import { type InlineAllow } from '../config/inline.js';
import type { Finding, Fragment, FragmentWindow, Origin, RiskRule } from '../types.js';
import { Positions } from './positions.js';
import type { TextView } from './text.js';
/** A risk rule's match: where, what to show, and the message. No secret value is kept. */
export interface DetectedRisk {
    rule: RiskRule;
    message: string;
    /** The matched place with any assigned value cut out (`OPENAI_API_KEY=…`). */
    shown: string;
    excerpt: string;
    /** An allow directive on the match's line, and one (`allow-next-line`) on the line above it. */
    allowHere?: InlineAllow;
    allowAbove?: InlineAllow;
    line: number;
    column: number;
    endColumn: number;
    lineIndex: number;
    start: number;
    end: number;
}
/**
 * Risk literals of 8+ bytes are found by the key detector's one prefilter pass (detect/index.ts);
 * shorter ones (committed-dotenv's `OPENAI_`, read in .env files only) by indexOf here, since they
 * would shorten that pass's skip distance for every file.
 */
export declare const RISK_LITERALS: readonly string[];
export declare const PREFILTERED_RISK_LITERALS: readonly string[];
/**
 * The rules a file is subject to: switched on (`risks[id] !== false`) and accepting the path. Given
 * the prefilter's risk hits and none among them, only a rule with a search of its own can match: the
 * others are not even asked about the path (most files of a tree hold no risk literal).
 */
export declare function risksFor(path: string, origin: Origin, enabled?: Record<string, boolean>, prefiltered?: ReadonlyMap<string, number[]>): RiskRule[];
/** Text before a match that puts it in a comment: a comment line, or a comment opened before it. */
export declare function inComment(before: string): boolean;
/**
 * Every risk in one file's text view. Each rule's literals come from the key detector's prefilter
 * (`prefiltered`) or a native indexOf; the rule's regex then runs only on the line around a hit,
 * clipped to AROUND bytes each side, so a multi-megabyte minified line costs nothing more.
 */
export declare function detectRisks(view: TextView, path: string, rules: readonly RiskRule[], window?: FragmentWindow, positions?: Positions, prefiltered?: Map<string, number[]>): DetectedRisk[];
/**
 * Risk findings of one fragment. The fingerprint names the rule, the file and what is shown (never a
 * value), so a baseline entry survives the lines moving.
 */
export declare function riskFindings(fragment: Fragment, risks: DetectedRisk[], noInlineAllow?: boolean): Finding[];
