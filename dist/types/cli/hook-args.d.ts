/**
 * The pre-commit hook's arguments, read without the argument parser: `staged`, then only the flags
 * hook lines, lint-staged and the pre-commit framework pass (`-q`, `-v`, `--all-lines`, colour,
 * `--debug`) and file names. That is enough for the bin to start the small hook bundle (dist/hook.cjs)
 * instead of the whole CLI with yargs, which was a third of the hook's cost. Anything else (another
 * flag, a flag given twice, `--flag=value`, `--help`, `-C`, a command before `staged`) is not
 * recognised here and goes to the full CLI, which owns every message and error, so the two paths
 * cannot disagree on what an invocation means.
 */
export interface StagedArgs {
    quiet: boolean;
    verbose: boolean;
    allLines: boolean;
    debug: boolean;
    color?: boolean;
    files: string[];
}
/** `staged …` as the hook runs it, or undefined for the full CLI to parse. */
export declare function stagedArgs(argv: readonly string[]): StagedArgs | undefined;
