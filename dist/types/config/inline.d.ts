export interface InlineAllow {
    /** Which line carried the directive. */
    where: 'same-line' | 'previous-line';
    reason?: string;
}
/** The allow that covers `line`, given the line just above it (if it is the real previous line). */
export declare function inlineAllow(line: string, previousLine?: string): InlineAllow | undefined;
