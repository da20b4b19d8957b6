import type { Detection } from '../detect/index.js';
import { type ProjectFacts } from './project.js';
import type { Exposure, Finding, Fragment, FragmentWindow } from '../types.js';
/** The exposures a path alone decides; HTML and source maps also depend on where the key sits. */
export declare function pathExposure(path: string): Exposure[];
/**
 * Source that ships to the browser or into an app, recognised from the file and its project
 * (design.md "Exposure"). Only strong signals: a weak one labels nothing.
 */
export interface ClientSignal {
    exposure: 'client-source' | 'mobile-app' | 'browser-extension';
    /** What gave it away, for the message: "a Next.js client component (\"use client\")". */
    signal: string;
}
/**
 * The client signal of a file, or undefined. `text` is the fragment's text (for a diff, only its added
 * lines: a directive outside them is not seen); project files are read through `facts`, once each.
 */
export declare function clientSignal(path: string, text: Uint8Array, facts: ProjectFacts): ClientSignal | undefined;
/** Exposures of a key at `offset` (a byte offset in the fragment's text view). */
export declare function keyExposure(path: string, base: Exposure[], text: Uint8Array, offset: number, window?: FragmentWindow): Exposure[];
export declare function clientExposed(exposure: readonly Exposure[]): boolean;
/**
 * Mark a key finding with its exposures. A client-exposed key is critical, and its message says why
 * and what fixes it; `title` is the key rule's title (`OpenAI project key`).
 */
export declare function applyExposure(finding: Finding, title: string, exposure: Exposure[], signal?: string): void;
/**
 * Mark the key findings of one fragment. `findings` are `detection.keys` in order, less those an
 * allow comment dropped: the two lists are walked side by side to find each finding's offset.
 */
export declare function exposeKeys(fragment: Fragment, detection: Detection, findings: Finding[], root?: string): void;
/**
 * The package exposure of a path, read from its archive containers (`outer.apk!assets/app.js`): the
 * outermost package decides.
 */
export declare function packageExposure(path: string): Exposure | undefined;
/**
 * Mark key findings inside a package: critical, with a message that says who can read the key. Kept
 * apart from applyExposure: a package is not a page, and its fix is not a proxy in front of a page.
 */
export declare function exposePackagedKeys(path: string, findings: Finding[]): void;
