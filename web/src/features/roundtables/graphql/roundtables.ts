import { graphql } from '../../../__generated__';

export const RoundtablesPageQuery = graphql(`
  query RoundtablesPage($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      publishedAt
      organisation {
        slug
        name
      }
      roundtables {
        id
        startsAt
        endsAt
        status
        ...RoundtableCard_roundtable
      }
    }
  }
`);

export const RoundtablePageQuery = graphql(`
  query RoundtablePage($id: ID!) {
    roundtable(id: $id) {
      id
      title
      description
      audience
      startsAt
      endsAt
      location
      online
      capacity
      placesLeft
      registrationOpen
      status
      cancellationReason
      attendance
      registeredCount
      waitingCount
      retentionDays
      personalDataErasedAt
      plan {
        id
        slug
        title
        counterpart
        publishedAt
        organisation {
          slug
          name
        }
        reports {
          slug
          recommendations {
            id
          }
        }
      }
      asks {
        id
        statement
        answered
        ...AskAnswer_ask
      }
    }
  }
`);

export const RoundtableSummaryQuery = graphql(`
  query RoundtableSummary($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      roundtableSummary {
        held
        participants
        asksRaised
        asksAnswered
      }
    }
  }
`);

export const RegisterForRoundtableMutation = graphql(`
  mutation RegisterForRoundtable($input: RegisterForRoundtableInput!) {
    registerForRoundtable(input: $input) {
      roundtableId
      alreadyRegistered
      status
      waitingPosition
      cancelUrl
      joiningLink
    }
  }
`);

export const RegistrationByTokenMutation = graphql(`
  mutation RegistrationByToken($input: CancelRegistrationInput!) {
    registrationByToken(input: $input) {
      status
      waitingPosition
      roundtable {
        id
        title
        startsAt
        endsAt
      }
    }
  }
`);

export const CancelRegistrationMutation = graphql(`
  mutation CancelRegistration($input: CancelRegistrationInput!) {
    cancelRegistration(input: $input) {
      id
      title
      placesLeft
      registeredCount
      waitingCount
    }
  }
`);
