import type { Mode, Warning } from '../types.js';
import type { Suppressor } from '../config/suppress.js';
import type { RunContext } from './context.js';
/**
 * The allow-list stage (design.md "Allow lists"): config entries and the baseline set findings apart
 * (inline allows were applied per fragment), one finding at a time as the run hands them on. On pull_request_target the base branch's baseline is
 * obeyed and the pull request's changes to either file are reported; in diff mode a suppression the
 * range itself added is marked `inChange`.
 */
export interface AllowInput {
    /** The baseline file, relative to the context's cwd. */
    baseline?: string;
    /** Prune baseline entries that no longer occur (a full scan only). */
    updateBaseline?: boolean;
    /** The scan saw everything (a tree scan of the whole repository, or history): stale entries mean something. */
    complete: boolean;
    /** diff mode: the range, to tell what a change added to the allow lists. */
    range?: {
        base: string;
        head: string;
    };
}
/**
 * The allow lists for one run, ready before the first finding: findings then pass `judge` one at a
 * time. `warnings` are the pull request's own changes to either file (pull_request_target).
 */
export declare function allowLists(ctx: RunContext, input: AllowInput, mode: Mode): Promise<{
    stage: Suppressor;
    warnings: Warning[];
}>;
