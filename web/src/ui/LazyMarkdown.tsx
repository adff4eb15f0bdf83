import { lazy, Suspense } from 'react';
import { markdownToText } from '../lib/markdownText';

type MarkdownModule = typeof import('./Markdown');

let loaded: MarkdownModule | undefined;

/**
 * Downloads the Markdown renderer. Once it is here, every block renders with it at once: a page
 * rendered on the server that loads it before hydrating has its Markdown taken over like the rest
 * of its markup, instead of waiting behind a Suspense boundary that React would then render again.
 */
export function loadMarkdown(): Promise<MarkdownModule> {
  return import('./Markdown').then((module) => (loaded = module));
}

const Markdown = lazy(() => {
  const module = loaded;
  // A thenable that calls back at once: React.lazy then renders without suspending.
  if (module)
    return {
      then: (resolve: (value: { default: MarkdownModule['Markdown'] }) => void) =>
        resolve({ default: module.Markdown }),
    } as Promise<{ default: MarkdownModule['Markdown'] }>;
  return loadMarkdown().then((loadedModule) => ({ default: loadedModule.Markdown }));
});

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
