import { UsageError } from '../types.js';
/** Every line we add ends with this, so `--uninstall` removes exactly our lines and nothing else. */
export declare const HOOK_MARK = "# openai-key-scan pre-commit";
export interface InstallResult {
    kind: 'husky' | 'git';
    file: string;
    /** What happened to the file: our line added, an older line of ours replaced, nothing to do, or removed. */
    action: 'added' | 'updated' | 'unchanged' | 'removed' | 'absent';
    line: string;
    /** Things the user should know that do not stop the install (a hook of ours that git no longer runs). */
    notes: string[];
}
/**
 * `install` wrote nothing because a line there would not run, or would be lost: the message is one
 * line, the advice the exact lines or commands to use instead. Exit 2.
 */
export declare class HookRefusal extends UsageError {
    readonly advice: string[];
    constructor(message: string, advice: string[]);
}
/**
 * Set up (or with `uninstall`, remove) the pre-commit hook: the line goes first in the hook git
 * really runs (`git rev-parse --git-path hooks`, which honours core.hooksPath), or in
 * `.husky/pre-commit` under husky. A hook it cannot safely edit (not a shell script, owned by the
 * pre-commit framework, a symlink) is left alone and the user gets the exact lines to add.
 * Other lines are never touched, and running it twice changes nothing.
 */
export declare function installHook(cwd: string, uninstall?: boolean): Promise<InstallResult>;
