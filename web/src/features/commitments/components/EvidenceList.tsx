import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { displayUrl, formatDate, safeExternalUrl } from '../../../lib/format';
import { evidenceKindLabel } from '../../../lib/labels';
import '../history.css';

export const EvidenceListFragment = graphql(`
  fragment EvidenceList_evidence on Evidence {
    id
    kind
    title
    url
    publishedOn
  }
`);

export interface EvidenceListProps {
  evidence: readonly FragmentType<typeof EvidenceListFragment>[];
  /** The date of the entry; "no public evidence as of" it when the list is empty. */
  asOf: string;
}

/** The public sources behind a ledger entry, each with its kind; or the absence of any, said plainly. */
export function EvidenceList({ evidence: evidenceRefs, asOf }: EvidenceListProps) {
  const evidence = getFragmentData(EvidenceListFragment, evidenceRefs);
  if (evidence.length === 0) {
    return <p className="evidence evidence--none">No public evidence as of {formatDate(asOf)}.</p>;
  }
  return (
    <ul className="evidence" aria-label="Evidence">
      {evidence.map((item) => {
        const url = safeExternalUrl(item.url);
        return (
          <li key={item.id} className="evidence__item">
            <span className="evidence__kind">{evidenceKindLabel(item.kind)}</span>
            {url ? (
              <a href={url.href} rel="nofollow ugc noopener">
                {item.title}
                <span className="evidence__host"> ({displayUrl(url)})</span>
              </a>
            ) : (
              <span>{item.title}</span>
            )}
            {item.publishedOn ? <span className="evidence__date">, {formatDate(item.publishedOn)}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
