/** A message as one line (yargs spreads some over several), with anything key-shaped masked (a key pasted as an argument stays hidden). */
export declare function oneLine(message: string): string;
/** What the shell does with an error: a usage error is one line; anything else is a bug, its stack under --debug. Exit 2 either way. */
export declare function reportFailure(e: unknown, debug: boolean): number;
