/** What a command handler hands back to the shell. */
export interface CliState {
    exitCode: number;
    debug: boolean;
}
