import { lazy, Suspense, useId, useState } from 'react';
import { markdownToText } from '../lib/markdownText';

const Markdown = lazy(() => import('./Markdown').then((module) => ({ default: module.Markdown })));

/**
 * The markup the server rendered for the Markdown block named `name`, while the page is being
 * hydrated; null on the server and for a block the browser renders itself.
 */
function serverMarkup(name: string): string | null {
  if (typeof document === 'undefined') return null;
  // React's ids hold neither quotes nor backslashes: the name needs no escaping in the selector.
  return document.querySelector(`[data-markdown="${name}"]`)?.innerHTML ?? null;
}

/**
 * A block of Markdown written by people (Markdown.tsx), whose renderer is downloaded only when
 * the browser has a block to render.
 *
 * - A page rendered on the server already holds each block's markup: while it is hydrated, the
 *   block keeps that markup as it is, and the page neither downloads nor runs the renderer (a
 *   large share of a commitment page's work at start on a phone).
 * - Once its text changes (a live update), or on a page the browser renders itself, the block is
 *   rendered in the browser; until the renderer is here its words are shown as plain text, so
 *   nothing jumps or goes missing.
 */
export function LazyMarkdown({ children }: { children: string }) {
  const name = useId();
  const [adopted] = useState(() => ({ source: children, markup: serverMarkup(name) }));
  if (adopted.markup !== null && adopted.source === children) {
    return <div className="markdown" data-markdown={name} dangerouslySetInnerHTML={{ __html: adopted.markup }} />;
  }
  return (
    <div className="markdown" data-markdown={name}>
      <Suspense fallback={<p>{markdownToText(children)}</p>}>
        <Markdown>{children}</Markdown>
      </Suspense>
    </div>
  );
}
