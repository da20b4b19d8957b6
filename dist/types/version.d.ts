/** Set by the bundler from package.json; tests run the sources, where it is not. */
export declare const VERSION: string;
export declare const TOOL_NAME = "openai-key-scan";
