/** A polite "loading" line; screen readers hear it once, without interrupting. */
export function LoadingNotice({ children }: { children: string }) {
  return (
    <p className="notice notice--loading" role="status">
      {children}
    </p>
  );
}
