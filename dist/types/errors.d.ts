/** A problem the user can fix: printed as one line on stderr, exit code 2, never a stack trace. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
