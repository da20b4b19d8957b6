import type { Source } from '../types.js';
export interface StdinOptions {
    /** The name findings carry, and that exposure and risk rules judge (e.g. dist/app.js). */
    name: string;
    input: AsyncIterable<Buffer | string>;
}
export declare function stdinSource(options: StdinOptions): Source;
