import type { Decoder } from './types.js';
export declare const hexDecoder: Decoder;
