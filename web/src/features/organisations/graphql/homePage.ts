import { graphql } from '../../../__generated__';

export const HomePageQuery = graphql(`
  query HomePage {
    organisations {
      slug
      ...OrganisationSection_organisation
    }
  }
`);
