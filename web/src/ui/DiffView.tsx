import { diffWords } from '../lib/diff';
import { formatDate } from '../lib/format';

export interface DiffViewProps {
  /** The field's name as words, e.g. "Due date". */
  label: string;
  before: string | null | undefined;
  after: string | null | undefined;
  /** Dates are shown whole ("27 March 2026" → "23 September 2026"); text word by word. */
  kind: 'date' | 'text';
}

function Removed({ children }: { children: string }) {
  return (
    <del className="diff__removed">
      <span className="visually-hidden">[removed: </span>
      {children}
      <span className="visually-hidden">]</span>
    </del>
  );
}

function Added({ children }: { children: string }) {
  return (
    <ins className="diff__added">
      <span className="visually-hidden">[added: </span>
      {children}
      <span className="visually-hidden">]</span>
    </ins>
  );
}

const EMPTY = '(empty)';

/**
 * One revised field as a readable diff: removed words struck through, added words
 * underlined (never colour alone), and screen readers told which is which.
 */
export function DiffView({ label, before, after, kind }: DiffViewProps) {
  if (kind === 'date') {
    return (
      <div className="diff">
        <p className="diff__field">{label} changed</p>
        <p className="diff__dates">
          <span className="diff__from">
            from <Removed>{before ? formatDate(before) : EMPTY}</Removed>
          </span>{' '}
          <span className="diff__to">
            to <Added>{after ? formatDate(after) : EMPTY}</Added>
          </span>
        </p>
      </div>
    );
  }

  const parts = diffWords(before, after);
  return (
    <div className="diff">
      <p className="diff__field">
        {label} {before ? (after ? 'changed' : 'removed') : 'added'}
      </p>
      <p className="diff__text">
        {parts.length === 0
          ? EMPTY
          : parts.map((part, index) =>
              part.kind === 'same' ? (
                <span key={index}>{part.text}</span>
              ) : part.kind === 'removed' ? (
                <Removed key={index}>{part.text}</Removed>
              ) : (
                <Added key={index}>{part.text}</Added>
              ),
            )}
      </p>
    </div>
  );
}
