export declare function allowsLine(line: string): boolean;
