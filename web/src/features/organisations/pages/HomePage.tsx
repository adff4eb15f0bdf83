import { type ErrorLike, NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../../apollo/errors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { ErrorState } from '../../../ui/ErrorState';
import { OrganisationSection } from '../components/OrganisationSection';
import { HomePageQuery } from '../graphql/homePage';

export const HOME_PAGE_TITLE = 'Organisations and their action plans';

export function HomePage() {
  useDocumentTitle(HOME_PAGE_TITLE);
  const { data, error, loading, networkStatus, refetch } = useQuery(HomePageQuery);
  // Apollo clears `error` while refetching. Keeping the failed state on screen (with its
  // button saying "Trying again…") keeps keyboard focus on the button during a retry.
  const [retriedError, setRetriedError] = useState<ErrorLike | null>(null);
  const retrying = networkStatus === NetworkStatus.refetch;
  const shownError = error ?? (retrying ? retriedError : null);

  let content;
  if (shownError) {
    content = (
      <ErrorState
        title="The organisations could not be loaded"
        message={errorMessage(shownError)}
        retrying={retrying}
        onRetry={() => {
          setRetriedError(shownError);
          // The outcome, data or a new error, arrives through useQuery.
          refetch()
            .catch(() => undefined)
            .finally(() => setRetriedError(null));
        }}
      />
    );
  } else if (!data) {
    content = (
      <p className="notice" role="status">
        Loading organisations and their plans…
      </p>
    );
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
