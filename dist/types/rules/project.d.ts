export interface PackageFacts {
    /** Folder of the package.json, relative to the root ('' for the root itself). */
    dir: string;
    name?: string;
    /** Every dependency name (dependencies, devDependencies, peerDependencies). */
    deps: Set<string>;
    /** The scripts' commands joined, for build-tool checks. */
    scripts: string;
}
export declare class ProjectFacts {
    readonly root: string;
    private readonly files;
    private readonly packages;
    constructor(root: string);
    /** A regular file's text (relative path), or undefined; cached. */
    read(rel: string): string | undefined;
    exists(rel: string): boolean;
    /** The nearest package.json above a file (relative path), parsed; cached per folder. */
    packageOf(file: string): PackageFacts | undefined;
    private packageIn;
    /** Folders from a file's own folder up to the root, nearest first. */
    folders(file: string): Generator<string>;
}
export declare function join(dir: string, name: string): string;
/** The facts of the project at `root` (default: see above), cached for the process; forgetProjects() drops them. */
export declare function projectFacts(root?: string): ProjectFacts;
/** Drop cached project facts (a long-lived process scanning a tree again after it changed). */
export declare function forgetProjects(): void;
/** Absolute paths (outside-the-root targets) are their own root: facts then read from '/'. */
export declare function factsFor(file: string, root?: string): {
    facts: ProjectFacts;
    file: string;
};
