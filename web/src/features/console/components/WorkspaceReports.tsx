import { formatCount, formatDate } from '../../../lib/format';
import { Link } from '../../../router';
import { consoleReportPath, reportPath } from '../../../routes/paths';
import type { WorkspaceData } from '../hooks/useWorkspace';

type Organisation = NonNullable<WorkspaceData['organisation']>;

export function WorkspaceReports({ organisation }: { organisation: Organisation }) {
  return (
    <section className="console-section" aria-labelledby="console-reports">
      <h2 id="console-reports">Reports</h2>
      {organisation.reports.length === 0 ? (
        <p>No reports yet: add the first one below.</p>
      ) : (
        <ul className="console-list">
          {organisation.reports.map((report) => (
            <li key={report.id} className="console-list__item">
              <h3 className="console-list__title">
                <Link to={consoleReportPath(report.slug)}>{report.title}</Link>
              </h3>
              <p className="console-list__meta">
                {report.publishedOn ? `Published ${formatDate(report.publishedOn)} · ` : ''}
                {formatCount(report.recommendations.length, 'recommendation')}
              </p>
              <p className="console-list__links">
                <Link to={reportPath(organisation.slug, report.slug)}>Public page</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
