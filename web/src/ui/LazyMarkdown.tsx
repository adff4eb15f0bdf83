import { lazy, Suspense } from 'react';
import { markdownToText } from '../lib/markdownText';

const Markdown = lazy(() => import('./Markdown').then((module) => ({ default: module.Markdown })));

/**
 * Markdown whose renderer is downloaded only when a page first needs it; until then the
 * words are shown as plain text, so nothing jumps or goes missing.
 */
export function LazyMarkdown({ children }: { children: string }) {
  return (
    <Suspense
      fallback={
        <div className="markdown">
          <p>{markdownToText(children)}</p>
        </div>
      }
    >
      <Markdown>{children}</Markdown>
    </Suspense>
  );
}
