import { useId, type ReactNode } from 'react';

/** One part of an editor page under its own heading, e.g. "Milestones". */
export function EditorSection({
  title,
  intro,
  id,
  children,
}: {
  title: string;
  intro?: ReactNode;
  /** For links from the page's own contents, e.g. "#milestones". */
  id?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="editor-section" id={id} tabIndex={id ? -1 : undefined} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro ? <p className="section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
