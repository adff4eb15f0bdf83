import { badInput } from '../common/domain-error';

/** The most sites one organisation may allow to frame its embeds. */
export const EMBED_ORIGINS_MAX = 20;
/** The longest origin accepted. */
const ORIGIN_MAX = 200;
/** `https://host` or `https://host:port`, nothing after: no path, query or fragment. */
const ORIGIN_SHAPE = /^https:\/\/[^/?#\s@*]+$/i;

/**
 * The origins as stored (`Organisation.embedOrigins`): each checked as an https origin and
 * written the way browsers compare them (lower case, no default port), duplicates dropped, in
 * the order given. Throws BAD_USER_INPUT naming the first entry that is not an origin.
 */
export function normaliseEmbedOrigins(entries: readonly string[]): string[] {
  if (entries.length > EMBED_ORIGINS_MAX) {
    throw badInput(`At most ${EMBED_ORIGINS_MAX} sites may embed the plans; ${entries.length} were given.`, 'origins');
  }
  const origins: string[] = [];
  entries.forEach((raw, index) => {
    const entry = raw.trim();
    const where = `Entry ${index + 1} (${JSON.stringify(entry.slice(0, 60))})`;
    if (entry.length > ORIGIN_MAX) throw badInput(`${where} is longer than ${ORIGIN_MAX} characters.`, 'origins');
    let url: URL | null = null;
    if (ORIGIN_SHAPE.test(entry)) {
      try {
        url = new URL(entry);
      } catch {
        url = null;
      }
    }
    if (!url || url.protocol !== 'https:' || !url.hostname) {
      throw badInput(
        `${where} is not a site's address: write it as https://host or https://host:port, e.g. https://www.example.org, without a path.`,
        'origins',
      );
    }
    if (!origins.includes(url.origin)) origins.push(url.origin);
  });
  return origins;
}

/** The stored list (origins separated by spaces) as an array; empty means any site. */
export function embedOriginList(stored: string): string[] {
  return stored.split(' ').filter((origin) => origin.length > 0);
}
