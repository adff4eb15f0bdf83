import '../live.css';

/**
 * A polite live region with its line reserved, so that "Updated just now" appearing moves
 * nothing. Rendered empty on the server and on hydration.
 */
export function LiveStatus({ children }: { children: string }) {
  return (
    <p className="live-status" role="status" aria-live="polite">
      {children}
    </p>
  );
}
