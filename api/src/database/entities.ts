import { Invite } from '../accounts/invite.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { LiaisonPlan } from '../auth/liaison-plan.entity';
import { Session } from '../auth/session.entity';
import { User } from '../auth/user.entity';
import { Comment } from '../comments/comment.entity';
import { CommitmentRecommendation } from '../commitments/commitment-recommendation.entity';
import { Commitment } from '../commitments/commitment.entity';
import { Evidence } from '../ledger/evidence.entity';
import { StatusUpdate } from '../ledger/status-update.entity';
import { Milestone } from '../milestones/milestone.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanReport } from '../plans/plan-report.entity';
import { Finding } from '../reports/finding.entity';
import { Recommendation } from '../reports/recommendation.entity';
import { Report } from '../reports/report.entity';
import { Revision } from '../revisions/revision.entity';
import { RoundtableAskLink } from '../roundtables/roundtable-ask-link.entity';
import { RoundtableAsk } from '../roundtables/roundtable-ask.entity';
import { RoundtableRegistration } from '../roundtables/roundtable-registration.entity';
import { Roundtable } from '../roundtables/roundtable.entity';

/** Every entity of the domain, registered with the one DataSource. */
export const ENTITIES = [
  Organisation,
  User,
  LiaisonPlan,
  Session,
  Invite,
  Report,
  Finding,
  Recommendation,
  ActionPlan,
  PlanReport,
  Commitment,
  CommitmentRecommendation,
  Milestone,
  StatusUpdate,
  Evidence,
  Revision,
  Comment,
  AuditEvent,
  Roundtable,
  RoundtableRegistration,
  RoundtableAsk,
  RoundtableAskLink,
];
