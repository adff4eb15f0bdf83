import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatDate } from '../../../lib/format';
import { Link } from '../../../router';
import { reportPath } from '../../../routes/paths';
import { FindingsChart } from '../../../ui/charts/FindingsChart';

export const KeyFindingsFragment = graphql(`
  fragment KeyFindings_report on Report {
    slug
    title
    publishedOn
    findings {
      id
      label
      value
      unit
      position
    }
  }
`);

export interface KeyFindingsProps {
  organisationSlug: string;
  report: FragmentType<typeof KeyFindingsFragment>;
}

/** Why the plan exists: the key findings of the report it answers. */
export function KeyFindings({ organisationSlug, report: reportRef }: KeyFindingsProps) {
  const report = getFragmentData(KeyFindingsFragment, reportRef);
  const headingId = useId();
  const findings = [...report.findings].sort((a, b) => a.position - b.position);
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>Key findings of the report it answers</h3>
      <p className="section-intro">
        From <Link to={reportPath(organisationSlug, report.slug)}>{report.title}</Link>
        {report.publishedOn ? `, published ${formatDate(report.publishedOn)}` : ''}.
      </p>
      {findings.length > 0 ? (
        <FindingsChart findings={findings} label={`Key findings of ${report.title}`} />
      ) : (
        <p className="muted">The report’s findings have not been entered yet.</p>
      )}
    </section>
  );
}
