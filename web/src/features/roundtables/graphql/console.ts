import { graphql } from '../../../__generated__';

export const ConsoleRoundtablesQuery = graphql(`
  query ConsoleRoundtables($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      organisation {
        slug
        name
      }
      roundtables {
        id
        title
        audience
        startsAt
        endsAt
        status
        online
        location
        registeredCount
        waitingCount
        attendance
        asks {
          id
          answered
        }
      }
    }
  }
`);

export const RoundtableEditorFragment = graphql(`
  fragment RoundtableEditor_roundtable on Roundtable {
    id
    title
    description
    audience
    startsAt
    endsAt
    location
    online
    capacity
    registrationOpen
    status
    cancellationReason
    attendance
    registeredCount
    waitingCount
    version
  }
`);

export const RoundtableEditorQuery = graphql(`
  query RoundtableEditor($id: ID!) {
    roundtable(id: $id) {
      id
      ...RoundtableEditor_roundtable
      plan {
        id
        slug
        title
        organisation {
          slug
          name
        }
        reports {
          slug
          recommendations {
            id
            reference
            title
          }
        }
        commitments(first: 100) {
          edges {
            node {
              id
              reference
              title
              milestones {
                id
                reference
                title
              }
            }
          }
        }
      }
      asks {
        id
        statement
        theme
        raisedBy
        version
        links {
          id
          commitment {
            id
            reference
            title
          }
          milestone {
            id
            reference
            title
            commitment {
              id
              reference
            }
          }
          recommendation {
            id
            reference
            title
          }
        }
      }
    }
    roundtableJoiningLink(id: $id)
  }
`);

export const CreateRoundtableMutation = graphql(`
  mutation CreateRoundtable($input: CreateRoundtableInput!) {
    createRoundtable(input: $input) {
      id
      title
    }
  }
`);

export const UpdateRoundtableMutation = graphql(`
  mutation UpdateRoundtable($input: UpdateRoundtableInput!) {
    updateRoundtable(input: $input) {
      id
      ...RoundtableEditor_roundtable
    }
  }
`);

export const CancelRoundtableMutation = graphql(`
  mutation CancelRoundtable($input: CancelRoundtableInput!) {
    cancelRoundtable(input: $input) {
      id
      ...RoundtableEditor_roundtable
    }
  }
`);

export const CreateAskMutation = graphql(`
  mutation CreateAsk($input: CreateAskInput!) {
    createAsk(input: $input) {
      id
    }
  }
`);

export const UpdateAskMutation = graphql(`
  mutation UpdateAsk($input: UpdateAskInput!) {
    updateAsk(input: $input) {
      id
      statement
      theme
      raisedBy
      version
    }
  }
`);

export const DeleteAskMutation = graphql(`
  mutation DeleteAsk($input: DeleteAskInput!) {
    deleteAsk(input: $input) {
      id
    }
  }
`);

export const LinkAskMutation = graphql(`
  mutation LinkAsk($input: AskLinkInput!) {
    linkAsk(input: $input) {
      id
    }
  }
`);

export const UnlinkAskMutation = graphql(`
  mutation UnlinkAsk($input: AskLinkInput!) {
    unlinkAsk(input: $input) {
      id
    }
  }
`);

export const RegistrationsQuery = graphql(`
  query Registrations($roundtableId: ID!, $after: String) {
    registrations(roundtableId: $roundtableId, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          role
          accessNeeds
          status
          createdAt
          erasedAt
        }
      }
    }
  }
`);
