/** The few shapes every part of the scanner passes along (design.md "Pipeline"). */
export type Mode = 'tree' | 'staged' | 'diff' | 'history' | 'stdin';
export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type RuleKind = 'key' | 'risk';
export type Encoding = 'plain' | 'base64' | 'url' | 'escaped' | 'utf16' | 'entity' | 'quoted-printable' | 'hex' | 'split' | 'binary';
export type Exposure = 'client-bundle' | 'source-map' | 'dotenv' | 'notebook' | 'log' | 'client-source' | 'mobile-app' | 'browser-extension' | 'app-package' | 'published-package';
export type VerificationStatus = 'unchecked' | 'live' | 'invalid' | 'quota' | 'forbidden' | 'error';
export declare const SEVERITIES: readonly Severity[];
export interface Origin {
    kind: 'tree' | 'staged' | 'commit' | 'stdin';
    commit?: string;
    author?: string;
    date?: string;
    /**
     * Tree fragments only: `untracked` when the file is in a repository but git does not track it
     * (untracked or ignored); absent when it is tracked or outside any repository. Risk rules that
     * care how a file is known (committed-dotenv) read this instead of asking git again.
     */
    git?: 'tracked' | 'untracked';
    /** Commit fragments: the author time (unix seconds), to keep each key at its earliest commit. */
    time?: number;
    /** Commit fragments: breaks ties of `time` (lower wins), so which commit a key is kept at does not depend on reading order. */
    order?: number;
}
/**
 * A place in a commit source's reading: author time, then `order`. A finding is kept at its lowest
 * place; equal places keep the first sighting.
 */
export interface Place {
    time: number;
    order: number;
}
export declare function comparePlaces(a: Place, b: Place): number;
/**
 * What a source hands to the detector: a whole file, or the added lines of a diff.
 * When `lineMap` is set, content line i (0-based) is line `lineMap[i]` (1-based) of the real file.
 */
export interface Fragment {
    path: string;
    content: Buffer;
    origin: Origin;
    lineMap?: number[];
    /** Set when a file too large to hold at once is scanned window by window (see FragmentWindow). */
    window?: FragmentWindow;
}
/**
 * One window of a large file. `content` holds the window plus an overlap on each side; only keys that
 * start inside [acceptFrom, acceptTo) (offsets in the window's text view) belong to this window, so a
 * key cut by a window edge is found whole by the window it starts in. `line`/`column` locate the
 * window's first byte in the file (0-based line index; code units since that line began).
 */
export interface FragmentWindow {
    first: boolean;
    /** `binary`: the raw bytes, keys only (see detect/binary.ts). */
    encoding: 'utf8' | 'utf16le' | 'utf16be' | 'binary';
    /** Bytes to skip at the window start (a byte order mark, first window only). */
    bom: number;
    acceptFrom: number;
    acceptTo: number;
    line: number;
    column: number;
    /** File bytes this window accounts for in stats. */
    bytes: number;
    /** Byte offset of the window's first byte in the file (binary windows locate keys by it). */
    offset?: number;
}
/** A sample line that a rule must (match) or must not (noMatch) report. `{{key:shape}}` slots are filled at test time. */
export interface RuleSamples {
    match: string[];
    noMatch: string[];
}
export interface KeyShape {
    prefix: RegExp;
    /** The prefix as people write it (`sk-proj-`, `sk-<name>-`), for `rules` and the README. */
    text: string;
    /** Segment lengths seen in public scanners' fixtures (design.md "Rules"); any equal pair 20-100 is accepted. */
    seen: number[];
    /** Legacy keys use only [A-Za-z0-9]; newer ones the base64url alphabet. */
    alphabet: 'alnum' | 'base64url';
}
/**
 * What every rule says about itself (style.md habit 16): reporters, `rules --format json` and the
 * verifier read these instead of knowing rules by name.
 */
export interface RuleMeta {
    id: string;
    title: string;
    severity: Severity;
    /** One or two sentences: what the rule finds and why it matters (SARIF fullDescription, `rules`). */
    description: string;
    /** The README anchor of the rule's section (`docsUrl(rule)` in src/rules/index.ts). */
    docs: string;
}
export interface KeyRule extends RuleMeta {
    kind: 'key';
    /**
     * The cheap, read-only request that tells whether a key of this rule works (design.md
     * "Verification"), as a path under the API base URL.
     */
    verifyPath: string;
    /** The prefixes (everything before the first random segment, e.g. `sk-proj-`) this rule owns. */
    shapes: KeyShape[];
    /** Literals the prefilter looks for; the marker for every OpenAI key. */
    literals: string[];
    samples: RuleSamples;
}
/** A risk rule's sample (src/rules/risks.samples.ts): a line or file at `path`, known to git as `origin` says. */
export type RiskSample = string | {
    text: string;
    path?: string;
    origin?: Origin;
};
/**
 * A pattern that puts keys at risk before any key is present (design.md "Risk rules"). Data, run by
 * src/detect/risks.ts: find a literal, then run `regex` on the line around it.
 */
export interface RiskRule extends RuleMeta {
    kind: 'risk';
    /** What to do about a finding, in a sentence or two (SARIF help; messages carry the specifics). */
    fix: string;
    /** Literals found with a native indexOf (case-sensitive); the regex runs only around them. */
    literals: string[];
    /**
     * Run on the line around each literal (at most ~256 characters each side), flag `g`. A match must
     * cover the literal. Named groups: `name` (what the finding shows), `value` (never shown; when
     * present it ends the match).
     */
    regex: RegExp;
    /** Which files the rule reads, by path (and, for committed .env files, by how git knows them). */
    appliesTo?: (path: string, origin: Origin) => boolean;
    /**
     * Drop a match the regex cannot judge alone (a placeholder value, a name that holds no secret);
     * `before` is the text before the match (up to 256 characters, across lines).
     */
    keep?: (groups: Record<string, string | undefined>, path: string, before?: string) => boolean;
    /** Skip matches inside comments (`//`, `#`, `/*`, `*`, `<!--` before the match on its line). */
    skipComments?: boolean;
    /** Must occur somewhere in the file (checked only after a match), e.g. the OpenAI SDK being used. */
    inFile?: RegExp;
    message: (groups: Record<string, string | undefined>, path: string) => string;
}
export type Rule = KeyRule | RiskRule;
export interface Verification {
    status: VerificationStatus;
    detail?: string;
    organization?: string;
    project?: string;
}
/** One reported problem. No field holds a full key unless `--show-secrets` was given (then `secret`). */
export interface Finding {
    ruleId: string;
    kind: RuleKind;
    severity: Severity;
    file: string;
    line: number;
    column: number;
    endColumn: number;
    /**
     * Binary content (`encoding: "binary"`): the key's byte offset (0-based) in the file or archive
     * member; `line` is then 1 and `column` is `offset + 1`.
     */
    offset?: number;
    commit?: string;
    author?: string;
    date?: string;
    redacted: string;
    fingerprint: string;
    encoding: Encoding;
    exposure?: Exposure[];
    verification?: Verification;
    message: string;
    /** Only with --show-secrets. */
    secret?: string;
    /** The line around the finding with every key on it redacted; for human-facing output only. */
    excerpt?: string;
    /** Set when an allow list suppressed this finding (it is then in `report.suppressed`). */
    suppressed?: Suppression;
}
/** How a finding was accepted (design.md "Allow lists"), for --explain and for reviewing a change. */
export interface Suppression {
    by: 'inline' | 'config' | 'baseline';
    /** The reason written after an inline directive, or a config entry's comment, or the glob that matched. */
    reason?: string;
    /** diff mode: the allow comment or entry was added inside the scanned range (a change silencing itself). */
    inChange?: boolean;
}
/** Where skipped files and warnings go; the run core counts them in `stats` and `warnings`. */
export interface SourceSink {
    skip(kind: keyof SkipCounts, file: string, why?: string): void;
    warn(message: string, code?: WarningCode): void;
    /** Archives (sources/archives/): one opened, one member read, or a part not read and why. */
    archive?(event: ArchiveEvent, file: string, detail?: string): void;
}
/**
 * A file a source lists but does not read itself (the tree): the run core reads it, in this thread or
 * in a worker thread, with `sources/tree/read.ts`. Plain data, so it can be posted to a worker.
 */
export interface FileEntry {
    /** Bytes when the name is not valid UTF-8 (see sources/names.ts); a worker receives them as a Uint8Array. */
    abs: string | Uint8Array;
    /** Named on the command line: a link is followed, since the user asked for it. */
    follow?: boolean;
    /** Path as reported: relative to the repository root, or to the scan root outside a repository. */
    file: string;
    /** In a repository but not tracked (untracked or ignored); see Origin.git. */
    untracked?: true;
}
/**
 * What every mode supplies to the one run core (design.md "Pipeline"; gitleaks' sources.Source): a
 * stream of fragments (or files for the core to read), and what the mode alone knows about its
 * findings. Sources know nothing of rules; the core knows nothing of git.
 */
export interface Source {
    readonly mode: Mode;
    /** Fragments to scan, or batches of files to read and scan (which the core may hand to worker threads). */
    items(sink: SourceSink): AsyncIterable<Fragment | FileEntry[]>;
    /** Which findings belong to this scan (staged: only lines the commit adds). Default: all. */
    keep?(finding: Finding): boolean;
    /** After the last item: what the source adds to the report (commits read, a shallow clone…); may throw when it read nothing it had to. */
    finish?(report: Report): void | Promise<void>;
    /**
     * Commit sources, asked between items: no fragment still to come has a lower place than this
     * (time Infinity: none will come), except fragments for the files `waits` names. Lets the core hand
     * on a finding kept at its earliest commit as soon as no earlier sighting can come. Without it,
     * such findings are handed on when the source ends.
     */
    floor?(): Place;
    /** A file for which a fragment below `floor()` may still come (a blob read after the log): its findings wait. */
    waits?(file: string): boolean;
}
/** What a warning is about, so output stages can pick them without reading their wording. */
export type WarningCode = 'unreadable' | 'skipped' | 'git-missing' | 'shallow-history' | 'unparsed-commit' | 'changed-in-pull-request' | 'stale-allow' | 'archive' | 'notice';
export interface Warning {
    code: WarningCode;
    message: string;
}
/**
 * Why part of an archive was not read (or, for `unsafeName`, read with a warning): `depth` nested
 * deeper than --max-archive-depth, `size` past --max-archive-size, `ratio` a decompression ratio no
 * real data has (a bomb), `members` too many members, `corrupt` a truncated or damaged archive,
 * `encrypted` a password-protected member, `unsupported` a compression method not read,
 * `unsafeName` a member named with `../` or an absolute path.
 */
export type ArchiveSkipReason = 'depth' | 'size' | 'ratio' | 'members' | 'corrupt' | 'encrypted' | 'unsupported' | 'unsafeName';
export type ArchiveEvent = 'opened' | 'member' | ArchiveSkipReason;
/** What archives a scan met: how many were opened, members read, and parts not read by reason. */
export interface ArchiveStats {
    opened: number;
    members: number;
    reasons: Partial<Record<ArchiveSkipReason, number>>;
}
export interface SkipCounts {
    binary: number;
    tooLarge: number;
    unreadable: number;
    symlink: number;
    special: number;
    /** Archives or archive members not read (see ArchiveSkipReason and Stats.archives). */
    archive: number;
}
export interface SkippedFile {
    kind: keyof SkipCounts;
    file: string;
    why?: string;
}
export interface Stats {
    files: number;
    bytes: number;
    durationMs: number;
    skipped: SkipCounts;
    /** Present when the scan met an archive. */
    archives?: ArchiveStats;
}
export interface Report {
    tool: {
        name: string;
        version: string;
    };
    mode: Mode;
    findings: Finding[];
    stats: Stats;
    /** Human-facing notes (unreadable files and the like); never part of the JSON contract's findings. */
    warnings: Warning[];
    /** diff and history modes: how many commits were read. */
    commits?: number;
    /** Findings an allow list accepted; listed by --explain, and always when added in a diff's range. */
    suppressed?: Finding[];
    /** Baseline entries and config allowFingerprints that matched nothing (a full tree or history scan). */
    stale?: string[];
    /** The policy's verdict (design.md "Exit codes"): 1 when a finding reaches fail-on, else 0. */
    exitCode?: 0 | 1;
    /** Files skipped and why (the first thousand), for --verbose; `stats.skipped` has the counts. */
    skippedFiles?: SkippedFile[];
    /** The fail-on level the verdict was reached with (the option, else the config's failOn, else `key`). */
    failOn?: string;
}
export declare function emptySkipCounts(): SkipCounts;
/** A problem the user can fix: printed as one line on stderr, exit code 2, never a stack trace. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
