import type { HTMLAttributes } from 'react';

/** A short reference such as "C3" or "R4", set as a tag before a title, with a space after it. */
export function Reference({
  children,
  large = false,
  ...rest
}: { children: string; large?: boolean } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <>
      <span className={`reference${large ? ' reference--large' : ''}`} {...rest}>
        {children}
      </span>{' '}
    </>
  );
}
