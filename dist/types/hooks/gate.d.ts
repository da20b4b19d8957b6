/**
 * The pre-commit hook's gate, `dist/staged.sh` (the `openai-key-scan-staged` bin): a POSIX shell
 * script that decides, with two git processes and no Node, that a commit cannot hold a key, and
 * otherwise runs `openai-key-scan staged` itself. Generated from the detector at build time, so it
 * cannot lag behind the literals it stands for.
 *
 * Why it is sound: the detector makes no finding in a file unless one of its lines holds one of
 * LINE_LITERALS (the key marker plain and in every encoding the decoders read, the pieces of it a
 * line break may cut, key prefixes, the risk rules' words): the promise `history` already rests on
 * (git's pickaxe, sources/commit-log.ts). `staged` reports what the commit adds, and whole files
 * only where git diffs them as binary. So a commit none of whose added or removed lines matches
 * that pickaxe, with no file git calls binary, adds nothing to report. (The scanner also reports a
 * key anywhere in a NUL-holding file an attribute makes text, old lines included; the gate judges
 * that file's added lines, as README says.) Everything else goes to the
 * scanner: a match, a binary file (an archive, UTF-16, NUL bytes), git failing in any way, and any
 * argument but the hook's own (`-q`, colour, `-- files`). Every literal is also looked for as UTF-16
 * (a file a `diff` attribute makes text), as `history` does.
 */
export declare function stagedGate(): string;
