import type { ReactNode } from 'react';
import { IllustrativeBadge } from './IllustrativeBadge';

/** A page-wide note that what follows is example content, not an organisation's own record. */
export function IllustrativeBanner({ children }: { children: ReactNode }) {
  return (
    <div className="illustrative-banner">
      <IllustrativeBadge />
      <p>{children}</p>
    </div>
  );
}
