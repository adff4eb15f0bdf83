import { formatNumber } from '../../lib/format';
import { shareClass } from '../share';

export interface FindingInput {
  id: string;
  label: string;
  value: number;
  unit: string;
}

/** A finding's figure as a reader sees it: "29%", "1,123 people", "4.5". */
export function formatFinding(finding: Pick<FindingInput, 'value' | 'unit'>): string {
  const unit = finding.unit.trim();
  if (unit === '%') return `${formatNumber(finding.value)}%`;
  return unit ? `${formatNumber(finding.value)} ${unit}` : formatNumber(finding.value);
}

/**
 * A report's key findings with their figure and words beside them; a percentage also as a bar
 * on a 0–100 scale. A count has no bar: a bar drawn against the largest count, or beside
 * percentages, would suggest a proportion the report never gave.
 */
export function FindingsChart({ findings, label }: { findings: readonly FindingInput[]; label: string }) {
  return (
    <ol className="findings" aria-label={label}>
      {findings.map((finding) => {
        const width = Math.min(100, Math.max(0, finding.value));
        return (
          <li key={finding.id} className="findings__item">
            <span className="findings__value">{formatFinding(finding)}</span>
            <span className="findings__label">{finding.label}</span>
            {finding.unit.trim() === '%' ? (
              <span className="findings__track" aria-hidden="true">
                <span className={`findings__bar ${shareClass(width / 100)}`} />
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
