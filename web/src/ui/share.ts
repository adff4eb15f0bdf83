/**
 * A share of a whole (0 to 1) as a class that sets `--share` to whole percent, 0 to 100
 * (ui/share.css). Bars take their length from it instead of an inline `style`, which the
 * Content Security Policy (`style-src 'self'`) would refuse in markup rendered on the server.
 * A share above zero is at least 1, so it never vanishes.
 */
export function shareClass(fraction: number): string {
  const clamped = Number.isFinite(fraction) ? Math.min(Math.max(fraction, 0), 1) : 0;
  const percent = clamped === 0 ? 0 : Math.max(1, Math.round(clamped * 100));
  return `share-${percent}`;
}
