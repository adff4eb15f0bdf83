export interface ShowMoreButtonProps {
  loading: boolean;
  onShowMore: () => void;
  /** What there is more of, e.g. "comments". */
  what: string;
}

/** Loads the next page of a list; stays in place (aria-disabled) while loading so focus is not lost. */
export function ShowMoreButton({ loading, onShowMore, what }: ShowMoreButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-disabled={loading}
      onClick={loading ? undefined : onShowMore}
    >
      {loading ? `Loading more ${what}…` : `Show more ${what}`}
    </button>
  );
}
