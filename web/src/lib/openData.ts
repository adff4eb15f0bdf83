/**
 * The addresses of a plan's open data (docs/open-data.md): plain HTTP routes of the server, not
 * pages of the app, so they are opened as downloads rather than through the router.
 */

export type DataFormat = 'zip' | 'json';

/**
 * A licence's short name, as the licences name themselves: "CC-BY-4.0" → "CC BY 4.0",
 * "CC-BY-SA-4.0" → "CC BY-SA 4.0", "CC0-1.0" → "CC0 1.0".
 */
export function licenceName(id: string): string {
  const match = /^(.+?)-(\d[\d.]*)$/.exec(id);
  if (!match) return id;
  const [, name, version] = match;
  return `${name.replace('-', ' ')} ${version}`;
}

/** The data dictionary (docs/open-data.md as plain text): what every file and column means. */
export const DATA_DICTIONARY_PATH = '/data/open-data.md';

/** `/data/<org>/<plan>.zip` (CSV files, for spreadsheets) or `.json` (one document). */
export function planDataPath(organisationSlug: string, planSlug: string, format: DataFormat): string {
  return `/data/${encodeURIComponent(organisationSlug)}/${encodeURIComponent(planSlug)}.${format}`;
}

/**
 * Where an organisation's executives send a file to import into one of its plans: a dry run
 * first, then for real. The plan is named because one CSV file does not say which plan it is of.
 */
export function importPath(organisationSlug: string, planSlug: string, dryRun: boolean): string {
  const query = new URLSearchParams({ dryRun: dryRun ? 'true' : 'false', plan: planSlug });
  return `/data/${encodeURIComponent(organisationSlug)}/import?${query.toString()}`;
}
