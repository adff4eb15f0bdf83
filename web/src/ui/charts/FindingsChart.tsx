import { formatNumber } from '../../lib/format';

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
 * A report's key findings as bars with their figure and words beside them. Percentages are
 * drawn on a 0–100 scale; other units against the largest value.
 */
export function FindingsChart({ findings, label }: { findings: readonly FindingInput[]; label: string }) {
  const max = Math.max(1, ...findings.map((finding) => (finding.unit.trim() === '%' ? 100 : finding.value)));
  return (
    <ol className="findings" aria-label={label}>
      {findings.map((finding) => {
        const scale = finding.unit.trim() === '%' ? 100 : max;
        const width = Math.min(100, Math.max(0, (finding.value / scale) * 100));
        return (
          <li key={finding.id} className="findings__item">
            <span className="findings__value">{formatFinding(finding)}</span>
            <span className="findings__label">{finding.label}</span>
            <span className="findings__track" aria-hidden="true">
              <span className="findings__bar" style={{ width: `${width}%` }} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}
