import { registerEnumType } from '@nestjs/graphql';
import {
  CommitmentStatus,
  DeadlineStatus,
  EntryStatus,
  EvidenceKind,
  Lens,
  MilestoneStatus,
  ReasonCode,
  SubjectType,
} from '@tracker/rules';

/** Registers the ledger vocabularies of @tracker/rules with GraphQL; the rules themselves stay framework-free. */
registerEnumType(SubjectType, { name: 'SubjectType' });
registerEnumType(Lens, {
  name: 'Lens',
  description: 'ASSESSMENT is the network’s independent judgement; PARTY_REPORTED is the party’s own account.',
});
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  description: 'Computed from the due date, the completion date and today (Europe/London); DUE_SOON is within 30 days.',
});
registerEnumType(EntryStatus, { name: 'EntryStatus', description: 'Any status a ledger entry can carry.' });
registerEnumType(ReasonCode, { name: 'ReasonCode', description: 'Why a commitment or milestone suffered a setback.' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
