import { useEffect } from 'react';
import { useServerFeed } from '../../../lib/serverRender';

const SELECTOR = 'link[rel="alternate"][type="application/atom+xml"]';

/**
 * Names the page's Atom feed in the document's `<head>` (`<link rel="alternate">`), where
 * browsers and feed readers look for it: on the server, the rendered page's head gets it; in
 * the browser, the link the server wrote is kept (or one is added) while the page is shown, and
 * removed when another page takes its place. Null: the page has no feed (a draft).
 */
export function useFeedLink(href: string | null, title: string): void {
  useServerFeed(href, title);
  useEffect(() => {
    if (href === null) return undefined;
    const link =
      [...document.head.querySelectorAll<HTMLLinkElement>(SELECTOR)].find(
        (element) => element.getAttribute('href') === href,
      ) ?? document.head.appendChild(document.createElement('link'));
    link.setAttribute('rel', 'alternate');
    link.setAttribute('type', 'application/atom+xml');
    link.setAttribute('href', href);
    link.setAttribute('title', title);
    return () => link.remove();
  }, [href, title]);
}
