import { useQuery } from '@apollo/client/react';
import { errorMessage } from '../../../apollo/errors';
import { useRetry } from '../../../apollo/useRetry';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { OrganisationSection } from '../components/OrganisationSection';
import { HomePageQuery } from '../graphql/homePage';
import '../organisations.css';

export const HOME_PAGE_TITLE = 'Organisations and their action plans';

export function HomePage() {
  useDocumentTitle(HOME_PAGE_TITLE);
  const result = useQuery(HomePageQuery);
  const { data, loading } = result;
  const { error, retrying, retry } = useRetry(result);

  let content;
  if (error) {
    content = (
      <ErrorState
        title="The organisations could not be loaded"
        message={errorMessage(error)}
        retrying={retrying}
        onRetry={retry}
      />
    );
  } else if (!data) {
    content = <LoadingNotice>Loading organisations and their plans…</LoadingNotice>;
  } else if (data.organisations.length === 0) {
    content = (
      <div className="notice">
        <h2 className="notice__title">No organisations yet</h2>
        <p>When an organisation publishes its action plan here, it will appear on this page.</p>
      </div>
    );
  } else {
    content = (
      <div className="organisations" aria-busy={loading}>
        {data.organisations.map((organisation) => (
          <OrganisationSection key={organisation.slug} organisation={organisation} />
        ))}
      </div>
    );
  }

  return (
    <>
      <div className="page-intro">
        <h1>{HOME_PAGE_TITLE}</h1>
        <p className="lede">
          What was recommended, what was committed, by when, and what has happened since — with the evidence for each
          step.
        </p>
      </div>
      {content}
    </>
  );
}
