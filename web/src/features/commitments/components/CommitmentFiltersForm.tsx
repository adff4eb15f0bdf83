import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { NO_FILTERS, activeFilterCount, parseFilters, type CommitmentFilters } from '../../../lib/filters';
import { ASSESSMENT_ORDER, DEADLINE_ORDER, assessmentLabel, deadlineLabel } from '../../../lib/labels';
import { Link } from '../../../router';

export interface CommitmentFiltersFormProps {
  filters: CommitmentFilters;
  themes: readonly string[];
  owners: readonly string[];
  onChange: (filters: CommitmentFilters) => void;
  /** The address of the list for some filters, for the links that remove one filter. */
  hrefFor: (filters: CommitmentFilters) => string;
}

interface Option {
  value: string;
  label: string;
}

const ASSESSMENT_OPTIONS: Option[] = ASSESSMENT_ORDER.map((status) => ({
  value: status,
  label: assessmentLabel(status),
}));
const DEADLINE_OPTIONS: Option[] = DEADLINE_ORDER.map((status) => ({ value: status, label: deadlineLabel(status) }));

const CHECKABLE_OPTIONS: Option[] = [
  { value: 'yes', label: 'Yes: owner, due date and criteria' },
  { value: 'no', label: 'No: something is missing' },
];
const DISAGREEMENT_OPTIONS: Option[] = [{ value: 'yes', label: 'The two accounts differ' }];

type SelectName = 'assessment' | 'partyReported' | 'deadline' | 'theme' | 'owner' | 'checkable' | 'disagreement';

const NAMES: Record<SelectName, string> = {
  assessment: 'Assessment',
  partyReported: 'Party’s account',
  deadline: 'Deadline',
  theme: 'Theme',
  owner: 'Owner',
  checkable: 'Can it be checked?',
  disagreement: 'Disagreement',
};

function labelOf(name: SelectName, value: string): string {
  if (name === 'assessment' || name === 'partyReported') {
    return ASSESSMENT_OPTIONS.find((option) => option.value === value)?.label ?? value;
  }
  if (name === 'deadline') return DEADLINE_OPTIONS.find((option) => option.value === value)?.label ?? value;
  if (name === 'checkable') return CHECKABLE_OPTIONS.find((option) => option.value === value)?.label ?? value;
  if (name === 'disagreement') return DISAGREEMENT_OPTIONS[0].label;
  return value;
}

function wideScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 48rem)').matches;
}

/**
 * Search and filters of the commitments list. It is a real GET form whose field names are
 * the address's query parameters: every change shows the matching list at a new address.
 */
export function CommitmentFiltersForm({ filters, themes, owners, onChange, hrefFor }: CommitmentFiltersFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const searchId = useId();
  const active = activeFilterCount({ ...filters, q: '' });
  // Open on wide screens; on a phone the list comes first, and the filters in use are listed
  // under the closed fields. A page rendered on the server knows no screen: it comes closed, and
  // opens before the browser first paints it (or, rendered on the server, once it is hydrated).
  const [initiallyOpen, setInitiallyOpen] = useState(false);
  useLayoutEffect(() => {
    if (wideScreen()) setInitiallyOpen(true);
  }, []);

  const fromForm = (): CommitmentFilters => {
    if (!formRef.current) return filters;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(formRef.current)) {
      if (typeof value === 'string') params.append(name, value);
    }
    return parseFilters(params);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(fromForm());
  };

  const select = (name: SelectName, options: readonly Option[]) => {
    const id = `${searchId}-${name}`;
    return (
      <div className="field">
        <label htmlFor={id}>{NAMES[name]}</label>
        <select id={id} name={name} value={filters[name] ?? ''} onChange={() => onChange(fromForm())}>
          <option value="">Any</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  };

  const chips = (Object.keys(NAMES) as SelectName[]).flatMap((name) => {
    const value = filters[name];
    return value ? [{ name, value }] : [];
  });

  return (
    <form ref={formRef} className="filters" role="search" aria-label="Commitments" method="get" onSubmit={submit}>
      <div className="field filters__search">
        <label htmlFor={searchId}>Search commitments</label>
        <div className="filters__search-row">
          <input
            id={searchId}
            key={filters.q}
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={200}
            autoComplete="off"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </div>

      <details className="filters__more" open={initiallyOpen}>
        <summary>
          Filter by status, theme, owner or gaps
          {active > 0 ? <span className="filters__active"> ({active} set)</span> : null}
        </summary>
        <div className="filters__fields">
          {select('assessment', ASSESSMENT_OPTIONS)}
          {select('partyReported', ASSESSMENT_OPTIONS)}
          {select('deadline', DEADLINE_OPTIONS)}
          {select(
            'theme',
            themes.map((theme) => ({ value: theme, label: theme })),
          )}
          {select(
            'owner',
            owners.map((owner) => ({ value: owner, label: owner })),
          )}
          {select('checkable', CHECKABLE_OPTIONS)}
          {select('disagreement', DISAGREEMENT_OPTIONS)}
        </div>
      </details>

      {chips.length > 0 || filters.q ? (
        <div className="filters__chosen">
          <p className="filters__chosen-label">Showing commitments with:</p>
          <ul className="chips">
            {chips.map((chip) => (
              <li key={chip.name}>
                <Link className="chip" to={hrefFor({ ...filters, [chip.name]: null })}>
                  {NAMES[chip.name]}: {labelOf(chip.name, chip.value)}{' '}
                  <span className="chip__remove" aria-hidden="true">
                    ×
                  </span>
                  <span className="visually-hidden">(remove this filter)</span>
                </Link>
              </li>
            ))}
            {filters.q ? (
              <li>
                <Link className="chip" to={hrefFor({ ...filters, q: '' })}>
                  Words: “{filters.q}”{' '}
                  <span className="chip__remove" aria-hidden="true">
                    ×
                  </span>
                  <span className="visually-hidden">(remove the search)</span>
                </Link>
              </li>
            ) : null}
          </ul>
          <Link className="filters__clear" to={hrefFor(NO_FILTERS)}>
            Clear all filters
          </Link>
        </div>
      ) : null}
    </form>
  );
}
