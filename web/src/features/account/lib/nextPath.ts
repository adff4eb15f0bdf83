import { consolePath } from '../../../routes/paths';

/**
 * Where to go after signing in: `next` when it is a path on this site ("/…", but not
 * "//host" or "/\\host", which browsers read as another site), else the console.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return consolePath();
  // Control characters (tabs, newlines) are dropped by URL parsers and could hide a "//".
  if ([...next].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return consolePath();
  return next;
}
