/** Parse arguments, run one command, return the exit code. Never throws. */
export declare function run(argv: string[]): Promise<number>;
