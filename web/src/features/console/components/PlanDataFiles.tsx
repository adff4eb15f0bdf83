import { planDataPath } from '../../../lib/openData';
import { Link } from '../../../router';
import { consolePlanImportPath } from '../../../routes/paths';
import { EditorSection } from './EditorSection';

export interface PlanDataFilesProps {
  organisationSlug: string;
  planSlug: string;
  draft: boolean;
}

/**
 * The plan as files, for its executives (a draft's too): downloads to keep or edit in a
 * spreadsheet, and the way back in.
 */
export function PlanDataFiles({ organisationSlug, planSlug, draft }: PlanDataFilesProps) {
  return (
    <EditorSection
      title="Spreadsheets and data files"
      intro={
        draft
          ? 'The whole draft as files: only the organisation’s executives can download it until it is published.'
          : 'The whole plan as files, as anyone can download them from its public page.'
      }
    >
      <ul className="editor-links">
        <li>
          <a href={planDataPath(organisationSlug, planSlug, 'zip')} download>
            Download this plan as spreadsheet files (.zip of CSV)
          </a>
        </li>
        <li>
          <a href={planDataPath(organisationSlug, planSlug, 'json')} download>
            Download this plan as one JSON document
          </a>
        </li>
        <li>
          <Link to={consolePlanImportPath(planSlug)}>Import from a spreadsheet</Link>
        </li>
      </ul>
    </EditorSection>
  );
}
