/**
 * A user glob matches the path itself and, like a .gitignore entry, anything below it; a bare name
 * (`vendor`) matches at any depth. picomatch loads only when there is a glob to match: the hook and
 * the workers never evaluate it.
 */
export async function globMatcher(globs: string[] | undefined): Promise<((file: string) => boolean) | undefined> {
  if (!globs?.length) return undefined;
  const { default: picomatch } = await import('picomatch');
  const expanded = globs.flatMap((g) => {
    const p = g.replace(/^\.\//, '').replace(/\/$/, '');
    const base = p.includes('/') ? [p] : [p, `**/${p}`];
    return base.flatMap((b) => [b, `${b}/**`]);
  });
  return picomatch(expanded, { dot: true });
}
