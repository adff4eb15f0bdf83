import { BadgeIcon } from './BadgeIcon';

/**
 * Marks demo content. Shown on everything that is not an organisation's own record, until
 * it enters its own (see docs/domain.md, "Illustrative data").
 */
export function IllustrativeBadge() {
  return (
    <span className="badge badge--illustrative">
      <BadgeIcon>
        <circle cx="8" cy="8" r="5.5" />
        <path d="M8 7.2v3.8" strokeLinecap="round" />
        <circle cx="8" cy="5" r="0.4" fill="currentColor" />
      </BadgeIcon>
      <span>Illustrative data</span>
    </span>
  );
}
