/**
 * The GitHub Action (action.yml, runs.using node24): picks what to scan from the event, calls the
 * library function for that mode, writes the `github` report (annotations, job summary), sets the
 * outputs, and fails the step when findings reach `fail-on`. It reads the repository's commits as data
 * and never runs code from them, which is what makes it safe on `pull_request_target`.
 */
type Plan = {
    kind: 'diff';
    base: string;
    head: string;
    fallbackNewBranch?: {
        defaultBranch?: string;
        ref?: string;
    };
} | {
    kind: 'new-branch';
    head: string;
    defaultBranch?: string;
    ref?: string;
} | {
    kind: 'tree';
    paths: string[];
} | {
    kind: 'history';
} | {
    kind: 'nothing';
    why: string;
};
interface Payload {
    pull_request?: {
        base: {
            sha: string;
        };
        head: {
            sha: string;
        };
    };
    merge_group?: {
        base_sha: string;
        head_sha: string;
    };
    before?: string;
    after?: string;
    deleted?: boolean;
    ref?: string;
    repository?: {
        default_branch?: string;
    };
}
export declare function plan(event: string, payload: Payload, mode: string, paths: string[]): Plan;
/** The Action: read inputs and the event, scan, report. Returns the exit code; `@github/local-action` calls this too. */
export declare function run(): Promise<number>;
/** Run the Action and turn any failure into a failed step with one line (never a stack trace). */
export declare function main(): Promise<void>;
export {};
