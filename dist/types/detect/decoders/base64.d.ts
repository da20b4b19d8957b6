import type { Decoder } from './types.js';
export declare const base64Decoder: Decoder;
