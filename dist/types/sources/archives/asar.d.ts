/**
 * Electron's asar: no library reads it without also pulling in a file-system layer, and the format is
 * small: a Chromium pickle holding the header size, a pickle holding a JSON header, then the files'
 * bytes concatenated. The header is a tree: `{"files": {"name": {"files": {...}} | {"offset": "123",
 * "size": 45, "unpacked"?: true} | {"link": "..."}}}`; offsets count from the end of the header.
 * https://github.com/electron/asar#format
 */
export interface AsarMember {
    name: string;
    content: Buffer;
}
/** Members of an asar archive (at most `max`), and what was wrong with it, if anything. */
export declare function asarMembers(content: Buffer, max: number): {
    members: AsarMember[];
    problem?: string;
};
