import { graphql } from '../../../__generated__';

export const PlanChangedSubscription = graphql(`
  subscription PlanChanged($slug: String!) {
    planChanged(slug: $slug) {
      sequence
      kind
      commitmentId
    }
  }
`);

export const CommitmentChangedSubscription = graphql(`
  subscription CommitmentChanged($id: ID!) {
    commitmentChanged(id: $id) {
      sequence
      kind
      commitmentId
    }
  }
`);

export const AwaitingMyResponseSubscription = graphql(`
  subscription AwaitingMyResponse {
    awaitingMyResponse {
      sequence
      kind
      commitmentId
    }
  }
`);
