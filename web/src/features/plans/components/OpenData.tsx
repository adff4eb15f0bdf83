import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { DATA_DICTIONARY_PATH, licenceName, planDataPath } from '../../../lib/openData';
import '../open-data.css';

export const OpenDataLicence_organisation = graphql(`
  fragment OpenDataLicence_organisation on Organisation {
    licence {
      id
      title
      url
    }
  }
`);

/**
 * A line under the header of each public page that shows a published plan's data (the dashboard,
 * the commitments, a commitment, a report): the data is open, under this licence.
 */
export function OpenDataLicence({ organisation }: { organisation: FragmentType<typeof OpenDataLicence_organisation> }) {
  const { licence } = getFragmentData(OpenDataLicence_organisation, organisation);
  return (
    <p className="open-data-licence">
      Open data under{' '}
      <a href={licence.url} rel="license noopener" title={licence.title}>
        {licenceName(licence.id)}
      </a>
    </p>
  );
}

export interface DownloadTheDataProps {
  organisationSlug: string;
  planSlug: string;
  organisation: FragmentType<typeof OpenDataLicence_organisation>;
}

/**
 * "Download the data": the whole published plan as spreadsheet files and as one JSON document,
 * its licence, and where every column is explained (the data dictionary, docs/open-data.md).
 */
export function DownloadTheData({ organisationSlug, planSlug, organisation }: DownloadTheDataProps) {
  const { licence } = getFragmentData(OpenDataLicence_organisation, organisation);
  return (
    <section className="dashboard-section open-data" aria-labelledby="download">
      <h2 id="download" tabIndex={-1}>
        Download the data
      </h2>
      <p className="section-intro">
        The whole record of this plan — reports, recommendations, commitments, milestones, every update with its
        evidence, and the history of edits — to keep, check or combine with your own.
      </p>
      <ul className="open-data__files">
        <li>
          <a href={planDataPath(organisationSlug, planSlug, 'zip')} download>
            Spreadsheet files (CSV, .zip)
          </a>
          <span className="open-data__what"> for Excel, LibreOffice or Google Sheets</span>
        </li>
        <li>
          <a href={planDataPath(organisationSlug, planSlug, 'json')} download>
            One JSON document
          </a>
          <span className="open-data__what"> for programs</span>
        </li>
      </ul>
      <p className="open-data__licence">
        Open data under{' '}
        <a href={licence.url} rel="license noopener">
          {licence.title} ({licenceName(licence.id)})
        </a>
        . What every file and column means: the <a href={DATA_DICTIONARY_PATH}>data dictionary</a>.
      </p>
    </section>
  );
}
