/**
 * Links to the app's pages, written from the patterns of the route table (`table.ts`), each
 * parameter percent-encoded. The values come in the order the pattern names them.
 */
import { pathBuilder } from '../router';
import { ROUTES } from './table';

export const homePath = pathBuilder(ROUTES.home.pattern);
export const planPath = pathBuilder(ROUTES.plan.pattern);
export const commitmentPath = pathBuilder(ROUTES.commitment.pattern);
export const reportPath = pathBuilder(ROUTES.report.pattern);
export const consolePath = pathBuilder(ROUTES.console.pattern);
export const consoleReportPath = pathBuilder(ROUTES.consoleReport.pattern);
export const consolePlanPath = pathBuilder(ROUTES.consolePlan.pattern);
export const consolePlanImportPath = pathBuilder(ROUTES.consolePlanImport.pattern);
export const consoleCommitmentPath = pathBuilder(ROUTES.consoleCommitment.pattern);
export const consoleModerationPath = pathBuilder(ROUTES.consoleModeration.pattern);
export const consolePeoplePath = pathBuilder(ROUTES.consolePeople.pattern);
export const consoleOrganisationPath = pathBuilder(ROUTES.consoleOrganisation.pattern);
export const consoleAccountPath = pathBuilder(ROUTES.consoleAccount.pattern);
export const roundtablesPath = pathBuilder(ROUTES.roundtables.pattern);
export const roundtablePath = pathBuilder(ROUTES.roundtable.pattern);
export const roundtableCancelPath = pathBuilder(ROUTES.roundtableCancel.pattern);
export const consoleRoundtablesPath = pathBuilder(ROUTES.consoleRoundtables.pattern);
export const consoleRoundtablePath = pathBuilder(ROUTES.consoleRoundtable.pattern);

const commitmentsListPath = pathBuilder(ROUTES.commitments.pattern);
const signInPagePath = pathBuilder(ROUTES.signIn.pattern);

function withQuery(path: string, search: URLSearchParams | string | undefined): string {
  const query = search?.toString() ?? '';
  return query ? `${path}?${query}` : path;
}

/** A plan's commitments, with filters in the query string. */
export function commitmentsPath(organisation: string, plan: string, search?: URLSearchParams | string): string {
  return withQuery(commitmentsListPath(organisation, plan), search);
}

/** The sign-in page; `next` is where to go after signing in. */
export function signInPath(next?: string): string {
  return withQuery(signInPagePath(), next ? new URLSearchParams({ next }) : undefined);
}

/** The id a recommendation's block carries on the report page, for links like `#R4`. */
export function recommendationAnchor(reference: string): string {
  return `recommendation-${reference}`;
}
