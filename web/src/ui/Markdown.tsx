import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type UrlTransform } from 'react-markdown';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Links keep only well-formed http, https and mailto addresses (as the browser's own URL
 * parser reads them, so `https:javascript:…` and the like are dropped); anything else loses
 * its address.
 */
export const safeUrlTransform: UrlTransform = (url) => {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return null;
    return parsed.protocol === 'mailto:' || /^https?:\/\//i.test(trimmed) ? trimmed : null;
  } catch {
    return null;
  }
};

const components: Components = {
  a: ({ href, children }: ComponentProps<'a'>) =>
    href ? (
      <a href={href} rel="nofollow ugc noopener">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Images from outside are not loaded (the site's CSP forbids them, and they would tell a
  // third party who is reading): the alternative text is shown instead.
  img: ({ alt }: ComponentProps<'img'>) => (alt ? <span className="markdown__image">[Image: {alt}]</span> : null),
  // The page's own headings give the structure; headings in user text become bold lines.
  h1: ({ children }) => <p className="markdown__heading">{children}</p>,
  h2: ({ children }) => <p className="markdown__heading">{children}</p>,
  h3: ({ children }) => <p className="markdown__heading">{children}</p>,
  h4: ({ children }) => <p className="markdown__heading">{children}</p>,
  h5: ({ children }) => <p className="markdown__heading">{children}</p>,
  h6: ({ children }) => <p className="markdown__heading">{children}</p>,
};

/**
 * Markdown written by people (narratives, comments), rendered without raw HTML: HTML in the
 * source is dropped, links are limited to http/https/mailto and marked as user content
 * (docs/security.md, "Content"). Pages use it through LazyMarkdown, which downloads it only when
 * a block needs rendering in the browser.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <ReactMarkdown skipHtml urlTransform={safeUrlTransform} components={components}>
      {children}
    </ReactMarkdown>
  );
}
