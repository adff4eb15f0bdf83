import type { ReactNode } from 'react';

/** "How these numbers are computed": a short note that opens beside the figures it explains. */
export function HowComputed({
  children,
  summary = 'How these numbers are computed',
}: {
  children: ReactNode;
  summary?: string;
}) {
  return (
    <details className="how">
      <summary className="how__summary">{summary}</summary>
      <div className="how__body">{children}</div>
    </details>
  );
}
