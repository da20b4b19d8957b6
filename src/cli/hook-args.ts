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

const FLAGS: Record<string, [key: 'quiet' | 'verbose' | 'allLines' | 'debug' | 'color', value: boolean]> = {
  '-q': ['quiet', true],
  '--quiet': ['quiet', true],
  '-v': ['verbose', true],
  '--verbose': ['verbose', true],
  '--all-lines': ['allLines', true],
  '--debug': ['debug', true],
  '--color': ['color', true],
  '--no-color': ['color', false],
};

/** `staged …` as the hook runs it, or undefined for the full CLI to parse. */
export function stagedArgs(argv: readonly string[]): StagedArgs | undefined {
  if (argv[0] !== 'staged') return undefined;
  const args: StagedArgs = { quiet: false, verbose: false, allLines: false, debug: false, files: [] };
  const seen = new Set<string>();
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      // lint-staged and the pre-commit framework: every name after `--` is a file, whatever it looks like.
      args.files.push(...argv.slice(i + 1));
      break;
    }
    const flag = FLAGS[arg];
    if (flag) {
      if (seen.has(flag[0])) return undefined;
      seen.add(flag[0]);
      args[flag[0]] = flag[1];
    } else if (arg === '' || arg.startsWith('-')) {
      return undefined;
    } else {
      args.files.push(arg);
    }
  }
  return args;
}
