import { audienceLabel } from '@tracker/rules';
import type { RoundtableAudience, RoundtableStatus } from '../../../__generated__/graphql';

export { audienceLabel };

export const AUDIENCE_ORDER: readonly RoundtableAudience[] = [
  'OPEN',
  'MEMBERS',
  'ACTIVISTS',
  'COUNCILLORS',
  'MPS',
  'AFFILIATES',
];

const STATUS_LABELS: Record<RoundtableStatus, string> = {
  UPCOMING: 'Upcoming',
  HELD: 'Held',
  CANCELLED: 'Cancelled',
};

export function roundtableStatusLabel(status: RoundtableStatus): string {
  return STATUS_LABELS[status];
}

/** What a reader can do about a place: "12 places left", "Waiting list", "Registration closed". */
export function placesLabel(roundtable: {
  status: RoundtableStatus;
  registrationOpen: boolean;
  placesLeft?: number | null;
}): string {
  if (roundtable.status !== 'UPCOMING' || !roundtable.registrationOpen) return 'Registration closed';
  if (roundtable.placesLeft == null) return 'Places available';
  if (roundtable.placesLeft <= 0) return 'Full: waiting list';
  return roundtable.placesLeft === 1 ? '1 place left' : `${roundtable.placesLeft} places left`;
}
