import { useEffect } from 'react';
import { useServerTitle } from './serverRender';

export const SITE_NAME = 'Action Plan Tracker';

/** "Page not found" → document title "Page not found – Action Plan Tracker". */
export function pageTitle(title: string | null | undefined): string {
  return title ? `${title} – ${SITE_NAME}` : SITE_NAME;
}

/** Sets `<title>` for the current page; screen readers announce it on navigation. */
export function useDocumentTitle(title: string | null | undefined): void {
  useServerTitle(pageTitle(title));
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
