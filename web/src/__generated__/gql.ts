/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PlanCard_plan on ActionPlan {\n    slug\n    title\n    counterpart\n    agreedOn\n    isIllustrative\n    summary {\n      commitmentsTotal\n      assessedTotal\n      unassessedCount\n      milestonesTotal\n      milestonesComplete\n      milestoneCompletionShare\n      overdueCount\n      dueSoonCount\n      unverifiableCount\n      byAssessment {\n        status\n        count\n        share\n      }\n    }\n  }\n": typeof types.PlanCard_PlanFragmentDoc,
    "\n  fragment OrganisationSection_organisation on Organisation {\n    slug\n    name\n    description\n    website\n    plans {\n      slug\n      ...PlanCard_plan\n    }\n  }\n": typeof types.OrganisationSection_OrganisationFragmentDoc,
    "\n  query HomePage {\n    organisations {\n      slug\n      ...OrganisationSection_organisation\n    }\n  }\n": typeof types.HomePageDocument,
};
const documents: Documents = {
    "\n  fragment PlanCard_plan on ActionPlan {\n    slug\n    title\n    counterpart\n    agreedOn\n    isIllustrative\n    summary {\n      commitmentsTotal\n      assessedTotal\n      unassessedCount\n      milestonesTotal\n      milestonesComplete\n      milestoneCompletionShare\n      overdueCount\n      dueSoonCount\n      unverifiableCount\n      byAssessment {\n        status\n        count\n        share\n      }\n    }\n  }\n": types.PlanCard_PlanFragmentDoc,
    "\n  fragment OrganisationSection_organisation on Organisation {\n    slug\n    name\n    description\n    website\n    plans {\n      slug\n      ...PlanCard_plan\n    }\n  }\n": types.OrganisationSection_OrganisationFragmentDoc,
    "\n  query HomePage {\n    organisations {\n      slug\n      ...OrganisationSection_organisation\n    }\n  }\n": types.HomePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCard_plan on ActionPlan {\n    slug\n    title\n    counterpart\n    agreedOn\n    isIllustrative\n    summary {\n      commitmentsTotal\n      assessedTotal\n      unassessedCount\n      milestonesTotal\n      milestonesComplete\n      milestoneCompletionShare\n      overdueCount\n      dueSoonCount\n      unverifiableCount\n      byAssessment {\n        status\n        count\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanCard_plan on ActionPlan {\n    slug\n    title\n    counterpart\n    agreedOn\n    isIllustrative\n    summary {\n      commitmentsTotal\n      assessedTotal\n      unassessedCount\n      milestonesTotal\n      milestonesComplete\n      milestoneCompletionShare\n      overdueCount\n      dueSoonCount\n      unverifiableCount\n      byAssessment {\n        status\n        count\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationSection_organisation on Organisation {\n    slug\n    name\n    description\n    website\n    plans {\n      slug\n      ...PlanCard_plan\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationSection_organisation on Organisation {\n    slug\n    name\n    description\n    website\n    plans {\n      slug\n      ...PlanCard_plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage {\n    organisations {\n      slug\n      ...OrganisationSection_organisation\n    }\n  }\n"): (typeof documents)["\n  query HomePage {\n    organisations {\n      slug\n      ...OrganisationSection_organisation\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;