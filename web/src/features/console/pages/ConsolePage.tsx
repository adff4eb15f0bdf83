import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { AwaitingResponseList } from '../components/AwaitingResponseList';
import { CreatePlanForm } from '../components/CreatePlanForm';
import { CreateReportForm } from '../components/CreateReportForm';
import { WorkspacePlans } from '../components/WorkspacePlans';
import { WorkspaceReports } from '../components/WorkspaceReports';
import { useWorkspace } from '../hooks/useWorkspace';

/**
 * `/console` — where a signed-in person starts: an executive's plans and reports with ways
 * to add more; a liaison's plans and the assessments waiting for their response.
 */
export function ConsolePage() {
  const workspace = useWorkspace();
  useDocumentTitle('Console');
  const organisation = workspace.organisation;

  if (workspace.user.role === 'LIAISON') {
    return (
      <>
        <header className="page-header">
          <h1>Console</h1>
          <p className="lede">
            Give the party’s account of progress and respond to the network’s assessments of the plans you speak for.
          </p>
        </header>
        <AwaitingResponseList commitments={workspace.awaitingResponse} />
        <WorkspacePlans plans={workspace.plans} editable={false} />
      </>
    );
  }

  return (
    <>
      <header className="page-header">
        <h1>Console</h1>
        {organisation ? <p className="lede">Keep {organisation.name}’s record current.</p> : null}
      </header>
      <WorkspacePlans plans={workspace.plans} editable />
      {organisation ? <WorkspaceReports organisation={organisation} /> : null}
      <section className="console-section" aria-labelledby="console-add">
        <h2 id="console-add">Add</h2>
        <CreatePlanForm reports={organisation?.reports ?? []} />
        <CreateReportForm />
      </section>
    </>
  );
}
