import type { ReactNode } from 'react';

/** The live region at the top of a form: one error or one confirmation at a time. */
export function FormMessages({ error, success }: { error?: ReactNode; success?: ReactNode }) {
  return (
    <div className="form-messages" aria-live="assertive" aria-atomic="true">
      {error ? <p className="notice notice--error">{error}</p> : null}
      {!error && success ? <p className="notice notice--success">{success}</p> : null}
    </div>
  );
}
