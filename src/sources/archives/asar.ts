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

interface AsarNode {
  files?: Record<string, AsarNode>;
  offset?: string;
  size?: number;
  unpacked?: boolean;
  link?: string;
}

/** Members of an asar archive (at most `max`), and what was wrong with it, if anything. */
export function asarMembers(content: Buffer, max: number): { members: AsarMember[]; problem?: string } {
  const members: AsarMember[] = [];
  if (content.length < 16) return { members, problem: 'shorter than an asar header' };
  const headerPickle = content.readUInt32LE(4);
  const jsonLength = content.readUInt32LE(12);
  const dataStart = 8 + headerPickle;
  if (16 + jsonLength > content.length || dataStart > content.length) return { members, problem: 'header longer than the file' };
  let root: AsarNode;
  try {
    root = JSON.parse(content.toString('utf8', 16, 16 + jsonLength)) as AsarNode;
  } catch (e) {
    return { members, problem: `unreadable header (${(e as Error).message})` };
  }
  // Iterative walk: a hostile header may nest deeper than the call stack.
  const stack: [string, AsarNode][] = [['', root]];
  let problem: string | undefined;
  while (stack.length) {
    const [dir, node] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (node.files && typeof node.files === 'object') {
      for (const [name, child] of Object.entries(node.files).reverse()) stack.push([dir ? `${dir}/${name}` : name, child]);
      continue;
    }
    // Unpacked files live beside the archive (app.asar.unpacked/), where a tree scan reads them.
    if (node.unpacked || node.link !== undefined || node.offset === undefined) continue;
    const start = dataStart + Number(node.offset);
    const size = Number(node.size);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(size) || size < 0 || start + size > content.length) {
      problem ??= `${dir}: outside the archive`;
      continue;
    }
    if (members.length >= max) return { members, problem: `more than ${max} members` };
    members.push({ name: dir, content: content.subarray(start, start + size) });
  }
  return { members, problem };
}
