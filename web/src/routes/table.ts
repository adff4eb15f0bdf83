import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { PatternParams } from '../router';

export interface RouteDefinition<Pattern extends string> {
  /** The page's address; the page receives the pattern's parameters as its props. */
  pattern: Pattern;
  /** The page, downloaded as a chunk of its own on the first visit to it (docs/adr/0002). */
  page: LazyExoticComponent<ComponentType<PatternParams<Pattern>>>;
  /**
   * A console page: its address is under `/console`, and it is shown inside the console's
   * frame, which sends a signed-out visitor to sign in; a page for executives only tells a
   * liaison it is not for them.
   */
  console?: { executiveOnly: boolean };
}

/**
 * A module's component, loaded when first shown. Page modules are imported directly rather
 * than through their feature's index, so that each becomes a chunk of its own.
 */
function lazyComponent<Props>(load: () => Promise<ComponentType<Props>>): LazyExoticComponent<ComponentType<Props>> {
  return lazy(() => load().then((page) => ({ default: page })));
}

/**
 * The frame around the console's pages: it loads the signed-in person's workspace and sends a
 * signed-out visitor to sign in.
 */
export const ConsoleFrame = lazyComponent(() =>
  import('../features/console/components/ConsoleFrame').then((module) => module.ConsoleFrame),
);

/** Keeps each pattern as written, and checks that each page takes its pattern's parameters. */
function defineRoutes<const Patterns extends Record<string, string>>(routes: {
  [Name in keyof Patterns]: RouteDefinition<Patterns[Name]>;
}) {
  return routes;
}

/**
 * Every page of the app, each once: its name, its address and its page. The link builders
 * (`paths.ts`) and the matcher (`matchRoute.ts`) are derived from it. An address is matched
 * against the routes in this order, so a report's address (`/:org/reports/:slug`) is read
 * before a plan's commitments (`/:org/:plan/commitments`).
 */
export const ROUTES = defineRoutes({
  home: {
    pattern: '/',
    page: lazyComponent(() => import('../features/organisations/pages/HomePage').then((module) => module.HomePage)),
  },
  /** The sign-in page; `?next=` says where to go after signing in. */
  signIn: {
    pattern: '/sign-in',
    page: lazyComponent(() => import('../features/account/pages/SignInPage').then((module) => module.SignInPage)),
  },
  /** Where invitation links lead; the token itself follows in the `#fragment`. */
  invite: {
    pattern: '/invite',
    page: lazyComponent(() => import('../features/account/pages/InvitePage').then((module) => module.InvitePage)),
  },
  /** Where a signed-in person works; the sign-in page sends people here by default. */
  console: {
    pattern: '/console',
    page: lazyComponent(() => import('../features/console/pages/ConsolePage').then((module) => module.ConsolePage)),
    console: { executiveOnly: false },
  },
  /** Comments on the organisation's plans, newest first, with a way to hide them. */
  consoleModeration: {
    pattern: '/console/moderation',
    page: lazyComponent(() =>
      import('../features/console/pages/ModerationPage').then((module) => module.ModerationPage),
    ),
    console: { executiveOnly: true },
  },
  /** The organisation's accounts and pending invitations, and inviting executives and liaisons. */
  consolePeople: {
    pattern: '/console/people',
    page: lazyComponent(() => import('../features/console/pages/PeoplePage').then((module) => module.PeoplePage)),
    console: { executiveOnly: true },
  },
  /** The profile of the executive's own organisation: its name, description and website. */
  consoleOrganisation: {
    pattern: '/console/organisation',
    page: lazyComponent(() =>
      import('../features/console/pages/OrganisationProfilePage').then((module) => module.OrganisationProfilePage),
    ),
    console: { executiveOnly: true },
  },
  /** The signed-in person's own account: changing their password, signing out everywhere. */
  consoleAccount: {
    pattern: '/console/account',
    page: lazyComponent(() => import('../features/console/pages/AccountPage').then((module) => module.AccountPage)),
    console: { executiveOnly: false },
  },
  /** The editor of one report and its recommendations (report slugs are unique). */
  consoleReport: {
    pattern: '/console/reports/:reportSlug',
    page: lazyComponent(() =>
      import('../features/console/pages/ReportEditorPage').then((module) => module.ReportEditorPage),
    ),
    console: { executiveOnly: true },
  },
  /** The editor of one plan and its list of commitments (plan slugs are unique). */
  consolePlan: {
    pattern: '/console/plans/:planSlug',
    page: lazyComponent(() =>
      import('../features/console/pages/PlanEditorPage').then((module) => module.PlanEditorPage),
    ),
    console: { executiveOnly: true },
  },
  /** A file from a spreadsheet checked against the plan row by row, then applied once confirmed. */
  consolePlanImport: {
    pattern: '/console/plans/:planSlug/import',
    page: lazyComponent(() =>
      import('../features/console/pages/PlanImportPage').then((module) => module.PlanImportPage),
    ),
    console: { executiveOnly: true },
  },
  /** The editor of one commitment: its fields, links, milestones, updates and history. */
  consoleCommitment: {
    pattern: '/console/plans/:planSlug/commitments/:reference',
    page: lazyComponent(() =>
      import('../features/console/pages/CommitmentEditorPage').then((module) => module.CommitmentEditorPage),
    ),
    console: { executiveOnly: true },
  },
  /** A plan's roundtables, for executives: announce, edit, cancel, mark held. */
  consoleRoundtables: {
    pattern: '/console/plans/:planSlug/roundtables',
    page: lazyComponent(() =>
      import('../features/roundtables/pages/ConsoleRoundtablesPage').then((module) => module.ConsoleRoundtablesPage),
    ),
    console: { executiveOnly: true },
  },
  /** One roundtable's editor: its fields, cancelling, attendance, registrants and the asks raised. */
  consoleRoundtable: {
    pattern: '/console/plans/:planSlug/roundtables/:id',
    page: lazyComponent(() =>
      import('../features/roundtables/pages/RoundtableEditorPage').then((module) => module.RoundtableEditorPage),
    ),
    console: { executiveOnly: true },
  },
  plan: {
    pattern: '/:organisationSlug/:planSlug',
    page: lazyComponent(() =>
      import('../features/plans/pages/PlanDashboardPage').then((module) => module.PlanDashboardPage),
    ),
  },
  report: {
    pattern: '/:organisationSlug/reports/:reportSlug',
    page: lazyComponent(() => import('../features/reports/pages/ReportPage').then((module) => module.ReportPage)),
  },
  /** The plan's commitments; filters follow in the query string. */
  commitments: {
    pattern: '/:organisationSlug/:planSlug/commitments',
    page: lazyComponent(() =>
      import('../features/commitments/pages/CommitmentsListPage').then((module) => module.CommitmentsListPage),
    ),
  },
  commitment: {
    pattern: '/:organisationSlug/:planSlug/commitments/:reference',
    page: lazyComponent(() =>
      import('../features/commitments/pages/CommitmentPage').then((module) => module.CommitmentPage),
    ),
  },
  /** The plan's roundtables, upcoming first, then past. */
  roundtables: {
    pattern: '/:organisationSlug/:planSlug/roundtables',
    page: lazyComponent(() =>
      import('../features/roundtables/pages/RoundtablesPage').then((module) => module.RoundtablesPage),
    ),
  },
  /** One roundtable: what it is, registering for it, and "you said, we did" once held. */
  roundtable: {
    pattern: '/:organisationSlug/:planSlug/roundtables/:id',
    page: lazyComponent(() =>
      import('../features/roundtables/pages/RoundtablePage').then((module) => module.RoundtablePage),
    ),
  },
  /** Where a registrant's private cancel link leads; the token itself follows in the `#fragment`. */
  roundtableCancel: {
    pattern: '/:organisationSlug/:planSlug/roundtables/:id/cancel',
    page: lazyComponent(() =>
      import('../features/roundtables/pages/CancelRegistrationPage').then((module) => module.CancelRegistrationPage),
    ),
  },
});

export type RouteName = keyof typeof ROUTES;
