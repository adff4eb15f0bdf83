import type { ReactNode } from 'react';

/** Where "Follow or share" sits on a public page: the page nav links here. */
export const FOLLOW_SECTION_ID = 'follow';

/**
 * "Follow or share", a section near the end of the plan dashboard and a commitment's page, below
 * what a reader came for: the feed and calendar, and the embed and badge for other sites. A draft
 * has nothing to follow or share, so it has no section.
 */
export function FollowSection({ published, children }: { published: boolean; children: ReactNode }) {
  if (!published) return null;
  return (
    <section className="dashboard-section follow-section" aria-labelledby={FOLLOW_SECTION_ID}>
      <h2 id={FOLLOW_SECTION_ID} tabIndex={-1}>
        Follow or share
      </h2>
      {children}
    </section>
  );
}
