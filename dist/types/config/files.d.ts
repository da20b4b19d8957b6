/**
 * Reading and writing the files a scanned repository can plant (design.md "Untrusted input"): the
 * config and the baseline are read only as regular files, inside the repository when they come from
 * it, and up to a size cap (a link to /dev/zero or a FIFO is refused, not read for ever); reports and
 * baselines are written to a temporary file and renamed, never through a link that leads out of the
 * repository.
 */
export declare const CONFIG_CAP: number;
export declare const BASELINE_CAP: number;
/**
 * The text of `abs`, or undefined when it does not exist. `what` names it in errors; `root`, when
 * given, is the repository the file must resolve into (a link out of it is refused).
 */
export declare function readRegularFile(abs: string, what: string, cap: number, root?: string): string | undefined;
/**
 * Write `text` to `abs` atomically (a temporary file beside it, then a rename), so an interrupted
 * write never leaves a half file. A link at `abs` is replaced, not written through, unless it leads
 * inside `root`, where its target is written.
 */
export declare function writeFileAtomic(abs: string, text: string, what: string, root?: string): void;
