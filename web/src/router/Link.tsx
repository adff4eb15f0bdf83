import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useNavigate } from './Router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An address inside the app, e.g. "/lmn/plan". */
  to: string;
  replace?: boolean;
  state?: unknown;
}

/**
 * A real link (`<a href>`: it can be opened in a new tab, copied and shared) that, on a plain
 * left click, moves to the page inside the app without reloading it.
 */
export function Link({ to, replace, state, onClick, target, download, ...rest }: LinkProps) {
  const navigate = useNavigate();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey ||
      (target && target !== '_self') ||
      download !== undefined
    ) {
      return;
    }
    event.preventDefault();
    navigate(to, { replace, state });
  };
  return <a href={to} target={target} download={download} onClick={handleClick} {...rest} />;
}
