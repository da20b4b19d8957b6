import { type Finding, type Place } from '../types.js';
export declare class EarliestCommit {
    private readonly handOn;
    /** Per finding id: the sighting held, or HANDED_ON once it was settled (only the id stays in memory). */
    private readonly seen;
    private readonly heap;
    /** Below the floor, but a blob still to be read may hold an earlier sighting of their file. */
    private readonly parked;
    private seq;
    private held;
    constructor(handOn: (finding: Finding) => void);
    /** Findings held now (not yet settled): what this stage keeps in memory besides the ids. */
    get holding(): number;
    /** The findings of one fragment, read at `place`. */
    take(findings: Iterable<Finding>, place: Place): void;
    /** Hand on every held finding the source can no longer undercut. */
    settle(floor: Place, waits?: (file: string) => boolean): void;
    /** The source has ended: hand on everything still held, lowest place first. */
    end(): void;
    private give;
}
