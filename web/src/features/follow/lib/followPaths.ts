/**
 * The addresses of a published plan's feeds and calendar (docs/architecture.md, "Feeds, calendar
 * and badges"): plain HTTP routes of the server, not pages of the app.
 */

const part = (value: string): string => encodeURIComponent(value);

/** `/feeds/<org>/<plan>.atom`, or `/feeds/<org>/<plan>/<ref>.atom` for one commitment. */
export function feedPath(organisationSlug: string, planSlug: string, reference?: string): string {
  const plan = `/feeds/${part(organisationSlug)}/${part(planSlug)}`;
  return reference === undefined ? `${plan}.atom` : `${plan}/${part(reference)}.atom`;
}

/** `/calendar/<org>/<plan>.ics`: due dates and upcoming roundtables. */
export function calendarPath(organisationSlug: string, planSlug: string): string {
  return `/calendar/${part(organisationSlug)}/${part(planSlug)}.ics`;
}
