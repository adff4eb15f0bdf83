import { lazy, Suspense, useId, useState } from 'react';
import type { EmbedSubject } from './snippets';
import './embed-or-share.css';

/** The panel's code is fetched when it is first opened: most readers never open it. */
const EmbedPanel = lazy(() => import('./EmbedPanel').then((module) => ({ default: module.EmbedPanel })));

export interface EmbedOrShareProps {
  organisationSlug: string;
  /** The plan; a draft (no `publishedAt`) has nothing to embed or share, and shows nothing. */
  plan: { slug: string; title: string; publishedAt?: string | null };
  /** The commitment, on its page; absent on the plan's dashboard. */
  commitment?: { reference: string; title: string };
}

/**
 * "Embed or share" on the plan's dashboard and a commitment's page: a button that opens the
 * copy-paste snippets (an iframe for each size, the badge as HTML and Markdown, the page's link)
 * and a live preview of the embed (`/embed/…`), which loads only once the panel is open.
 */
export function EmbedOrShare({ organisationSlug, plan, commitment }: EmbedOrShareProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!plan.publishedAt) return null;
  const subject: EmbedSubject = {
    organisationSlug,
    planSlug: plan.slug,
    reference: commitment?.reference,
    title: commitment ? `${commitment.reference}: ${commitment.title}` : plan.title,
  };
  return (
    <div className="embed-share">
      <button
        type="button"
        className="button button--secondary embed-share__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Embed or share
      </button>
      <section id={panelId} className="embed-share__panel" aria-label="Embed or share" hidden={!open}>
        {open ? (
          <Suspense fallback={<p className="embed-share__intro">Loading…</p>}>
            <EmbedPanel subject={subject} />
          </Suspense>
        ) : null}
      </section>
    </div>
  );
}
