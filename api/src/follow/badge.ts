import { CommitmentStatus, planRollup } from '@tracker/rules';
import { makeBadge } from 'badge-maker';
import { Commitment } from '../commitments/commitment.entity';
import { statusLabel } from './labels';
import { PublicPlan } from './public-plan';

/** The dashboard's colour of each assessment (web/src/ui/swatches.css), dark enough for white text. */
export const ASSESSMENT_COLOURS: Record<CommitmentStatus, string> = {
  COMPLETE: '#1e6b45',
  SUBSTANTIAL: '#2f6fb0',
  LIMITED: '#9a5b00',
  NOT_STARTED: '#6b7280',
  ABANDONED: '#b42318',
  NOT_YET_ASSESSED: '#4b5563',
};

/** The colour of the plan's badge: the dashboard's colour of "complete". */
const PLAN_COLOUR = ASSESSMENT_COLOURS.COMPLETE;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A badge as badge-maker draws it (`role="img"`), with the `<title>` and `aria-label` a screen
 * reader reads replaced by a whole sentence (`spoken`) instead of "label: message".
 */
function badge(label: string, message: string, color: string, spoken: string): string {
  const svg = makeBadge({ label, message, color, labelColor: '#374151' });
  const text = escapeXml(spoken);
  return svg
    .replace(/aria-label="[^"]*"/, `aria-label="${text}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${text}</title>`);
}

/** "action plan | 18/40 milestones · 45%": the share of milestones complete, as the dashboard puts it first. */
export function planBadge(found: PublicPlan): string {
  const rollup = planRollup(found.state.commitments.map((commitment) => found.state.states.get(commitment.id)!.rollup));
  const { milestonesComplete: complete, milestonesTotal: total } = rollup;
  if (total === 0) {
    return badge('action plan', 'no milestones yet', PLAN_COLOUR, `${found.plan.title}: no milestones yet.`);
  }
  const percent = Math.round((complete / total) * 100);
  return badge(
    'action plan',
    `${complete}/${total} milestones · ${percent}%`,
    PLAN_COLOUR,
    `${found.plan.title}: ${complete} of ${total} milestones complete (${percent}%).`,
  );
}

/** "C3 | assessed Limited · party says Substantial", coloured by the assessment. */
export function commitmentBadge(found: PublicPlan, commitment: Commitment): string {
  const lenses = found.state.states.get(commitment.id)!;
  const assessment = statusLabel(lenses.assessment);
  const party = statusLabel(lenses.partyReported);
  return badge(
    commitment.reference,
    `assessed ${assessment} · party says ${party}`,
    ASSESSMENT_COLOURS[lenses.assessment],
    `Commitment ${commitment.reference} of ${found.plan.title}: assessment ${assessment}; the party’s account ${party}.`,
  );
}
