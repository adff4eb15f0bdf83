import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../../apollo/errors';
import { formatCount, formatDate } from '../../../lib/format';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { EditorSection } from '../../console/components/EditorSection';
import { RegistrationsQuery } from '../graphql/console';

const STATUS_WORDS = { CONFIRMED: 'Place', WAITING: 'Waiting', CANCELLED: 'Cancelled' } as const;

/** Who registered, for the organisation's executives only: a page at a time, and the whole list as CSV. */
export function RegistrantsList({
  roundtableId,
  registered,
  waiting,
}: {
  roundtableId: string;
  registered: number;
  waiting: number;
}) {
  const result = useQuery(RegistrationsQuery, { variables: { roundtableId } });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = result.data?.registrations;

  const showMore = () => {
    setLoadingMore(true);
    result
      .fetchMore({
        variables: { after: connection?.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          registrations: {
            ...fetchMoreResult.registrations,
            edges: [...previous.registrations.edges, ...fetchMoreResult.registrations.edges],
          },
        }),
      })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };

  return (
    <EditorSection
      title="Registrations"
      intro={`${formatCount(registered, 'person', 'people')} with a place, ${formatCount(waiting, 'person', 'people')} waiting. Names and emails are for the organisation’s executives only: never share them, and they are erased after the roundtable.`}
    >
      <p>
        <a
          className="button button--secondary"
          href={`/export/roundtables/${encodeURIComponent(roundtableId)}/registrations.csv`}
          download
        >
          Export CSV
        </a>
      </p>
      {result.error ? (
        <ErrorState
          title="The registrations could not be loaded"
          message={errorMessage(result.error)}
          headingLevel={2}
        />
      ) : !connection ? (
        <LoadingNotice>Loading the registrations…</LoadingNotice>
      ) : connection.totalCount === 0 ? (
        <p className="muted">Nobody has registered yet.</p>
      ) : (
        <>
          <ul className="registrants">
            {connection.edges.map(({ node }) => (
              <li key={node.id} className="registrant">
                <p className="registrant__name">
                  {node.erasedAt ? 'Erased' : node.name}{' '}
                  <span className="registrant__status">{STATUS_WORDS[node.status]}</span>
                </p>
                {node.email ? <p className="registrant__email">{node.email}</p> : null}
                {node.role ? <p>{node.role}</p> : null}
                {node.accessNeeds ? <p>Access needs: {node.accessNeeds}</p> : null}
                <p className="muted">Registered {formatDate(node.createdAt)}</p>
              </li>
            ))}
          </ul>
          {connection.pageInfo.hasNextPage ? (
            <ShowMoreButton loading={loadingMore} onShowMore={showMore} what="registrations" />
          ) : null}
        </>
      )}
    </EditorSection>
  );
}
