import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { InviteForm } from '../components/InviteForm';
import { useWorkspace } from '../hooks/useWorkspace';

/** `/console/people` — inviting executives to the organisation and liaisons to a plan. */
export function PeoplePage() {
  useDocumentTitle('People');
  const workspace = useWorkspace();
  return (
    <>
      <header className="page-header">
        <h1>People</h1>
        <p className="lede">
          Invite another executive of {workspace.organisation?.name ?? 'your organisation'}, or a party liaison to speak
          for one of your plans. Liaisons can comment, give the party’s account of progress and respond to your
          assessments; they cannot change an assessment.
        </p>
      </header>
      <InviteForm plans={workspace.plans} />
    </>
  );
}
