import { ASSESSMENT_ORDER, DEADLINE_ORDER, type AssessmentStatus, type DeadlineStatus } from './labels';

export type YesNo = 'yes' | 'no';

/** The commitments list's view, as kept in the address so that a link reproduces it. */
export interface CommitmentFilters {
  assessment: AssessmentStatus | null;
  partyReported: AssessmentStatus | null;
  deadline: DeadlineStatus | null;
  theme: string | null;
  owner: string | null;
  /** 'yes': only commitments with an owner, a due date and success criteria; 'no': only those lacking one. */
  checkable: YesNo | null;
  /** 'yes': only where the party's account differs from the assessment. */
  disagreement: 'yes' | null;
  /** Words to search for; '' for none. */
  q: string;
}

export const NO_FILTERS: CommitmentFilters = {
  assessment: null,
  partyReported: null,
  deadline: null,
  theme: null,
  owner: null,
  checkable: null,
  disagreement: null,
  q: '',
};

/** The query parameter of each filter, in the order they are written to the address. */
const PARAMS = ['assessment', 'partyReported', 'deadline', 'theme', 'owner', 'checkable', 'disagreement', 'q'] as const;
export const PAGE_PARAM = 'after';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function text(value: string | null, maxLength: number): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed.slice(0, maxLength) : null;
}

/** Reads the filters from a query string; unknown values are ignored rather than sent to the API. */
export function parseFilters(search: string | URLSearchParams): CommitmentFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    assessment: oneOf(ASSESSMENT_ORDER, params.get('assessment')),
    partyReported: oneOf(ASSESSMENT_ORDER, params.get('partyReported')),
    deadline: oneOf(DEADLINE_ORDER, params.get('deadline')),
    theme: text(params.get('theme'), 200),
    owner: text(params.get('owner'), 200),
    checkable: oneOf(['yes', 'no'] as const, params.get('checkable')),
    disagreement: oneOf(['yes'] as const, params.get('disagreement')),
    q: text(params.get('q'), 200) ?? '',
  };
}

/** The cursor of the page shown, or null for the first page. */
export function parsePage(search: string | URLSearchParams): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return text(params.get(PAGE_PARAM), 500);
}

/** The query string for filters (and a page cursor), leaving out what is not set. */
export function filtersToSearch(filters: CommitmentFilters, after: string | null = null): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of PARAMS) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (after) params.set(PAGE_PARAM, after);
  return params;
}

export function activeFilterCount(filters: CommitmentFilters): number {
  return PARAMS.filter((name) => Boolean(filters[name])).length;
}

/** The API's `CommitmentFilter` input, or undefined when nothing is filtered. */
export function toCommitmentFilter(filters: CommitmentFilters) {
  if (activeFilterCount(filters) === 0) return undefined;
  return {
    ...(filters.assessment ? { assessment: [filters.assessment] } : {}),
    ...(filters.partyReported ? { partyReported: [filters.partyReported] } : {}),
    ...(filters.deadline ? { deadline: [filters.deadline] } : {}),
    ...(filters.theme ? { theme: filters.theme } : {}),
    ...(filters.owner ? { owner: filters.owner } : {}),
    ...(filters.checkable ? { verifiable: filters.checkable === 'yes' } : {}),
    ...(filters.disagreement ? { disagreement: true } : {}),
    ...(filters.q ? { search: filters.q } : {}),
  };
}
