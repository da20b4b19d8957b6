declare const __VERSION__: string | undefined;

/** Set by the bundler from package.json; tests run the sources, where it is not. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
export const TOOL_NAME = 'openai-key-scan';
