/** Every line we add ends with this, so `--uninstall` removes exactly our lines and nothing else. */
export declare const HOOK_MARK = "# openai-key-scan pre-commit";
export interface InstallResult {
    kind: 'husky' | 'git';
    file: string;
    changed: boolean;
    line: string;
}
/**
 * Set up (or with `uninstall`, remove) the pre-commit hook: a line in `.husky/pre-commit` when the
 * repository uses husky, else in the `pre-commit` hook of the folder git really uses
 * (`git rev-parse --git-path hooks`, which honours core.hooksPath). Other lines are never touched,
 * and running it twice changes nothing.
 */
export declare function installHook(cwd: string, uninstall?: boolean): Promise<InstallResult>;
