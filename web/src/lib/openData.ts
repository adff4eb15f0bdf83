/**
 * The addresses of a plan's open data (docs/open-data.md): plain HTTP routes of the server, not
 * pages of the app, so they are opened as downloads rather than through the router.
 */

export type DataFormat = 'zip' | 'json';

/** `/data/<org>/<plan>.zip` (CSV files, for spreadsheets) or `.json` (one document). */
export function planDataPath(organisationSlug: string, planSlug: string, format: DataFormat): string {
  return `/data/${encodeURIComponent(organisationSlug)}/${encodeURIComponent(planSlug)}.${format}`;
}

/** Where an organisation's executives send a file to import: a dry run first, then for real. */
export function importPath(organisationSlug: string, dryRun: boolean): string {
  return `/data/${encodeURIComponent(organisationSlug)}/import?dryRun=${dryRun ? 'true' : 'false'}`;
}
