import { useServerFailure } from '../lib/serverRender';

export interface ErrorStateProps {
  title: string;
  message: string;
  /** Shows a "Try again" button when given. */
  onRetry?: () => void;
  /** True while the retry is in flight: the button says so and ignores clicks. It stays
   * focusable (aria-disabled, not disabled) so keyboard focus is not lost. */
  retrying?: boolean;
  /** 1 when the message is all the page has to say (its query failed); 2 inside a page. */
  headingLevel?: 1 | 2;
}

export function ErrorState({ title, message, onRetry, retrying = false, headingLevel = 2 }: ErrorStateProps) {
  useServerFailure();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="notice notice--error" role="alert">
      <Heading className="notice__title">{title}</Heading>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" aria-disabled={retrying} onClick={retrying ? undefined : onRetry}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      ) : null}
    </div>
  );
}
