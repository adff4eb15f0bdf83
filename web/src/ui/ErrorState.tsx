export interface ErrorStateProps {
  title: string;
  message: string;
  /** Shows a "Try again" button when given. */
  onRetry?: () => void;
  /** True while the retry is in flight: the button says so and ignores clicks. It stays
   * focusable (aria-disabled, not disabled) so keyboard focus is not lost. */
  retrying?: boolean;
}

export function ErrorState({ title, message, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{title}</h2>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" aria-disabled={retrying} onClick={retrying ? undefined : onRetry}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      ) : null}
    </div>
  );
}
