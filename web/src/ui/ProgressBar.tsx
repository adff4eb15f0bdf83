import { shareClass } from './share';

export interface ProgressBarProps {
  /** Accessible name of the bar, e.g. "Milestones complete". */
  label: string;
  /** Progress so far, in the same unit as `max` (e.g. milestones complete). */
  value: number;
  /** The whole (e.g. all milestones). Must be greater than 0 to be meaningful. */
  max: number;
  /** Visible text, e.g. "3 of 8 milestones complete"; also read out as aria-valuetext. */
  text: string;
}

/**
 * A determinate progress bar. The figure is always in the visible text, so the bar's
 * colour and length only repeat what the words say.
 */
export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const whole = Math.max(0, max);
  const now = Math.min(Math.max(0, value), whole);
  const fraction = whole === 0 ? 0 : now / whole;

  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={whole}
        aria-valuenow={now}
        aria-valuetext={text}
      >
        <div className={`progress__fill ${shareClass(fraction)}`} />
      </div>
      <p className="progress__text">{text}</p>
    </div>
  );
}
