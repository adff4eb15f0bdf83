import type { ReactNode } from 'react';

/** The 16 px outline icon inside a badge; decorative, since the badge's words carry the meaning. */
export function BadgeIcon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="badge__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      stroke="currentColor"
      strokeWidth="1.6"
      fill="none"
    >
      {children}
    </svg>
  );
}
