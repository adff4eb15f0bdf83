import { useState } from 'react';

export interface ShownRangeProps {
  /** "Showing 21 to 40" for the page the address names, or null when the list is one page. */
  range: string | null;
  /** Whether that page is still loading, the previous page's commitments on screen meanwhile. */
  loading: boolean;
}

/**
 * Which commitments of the list are on screen. While the next page loads, the previous page's
 * commitments stay (marked busy), and so does their range: it never names commitments that are
 * not there yet.
 */
export function ShownRange({ range, loading }: ShownRangeProps) {
  const [loadedRange, setLoadedRange] = useState(range);
  if (!loading && loadedRange !== range) setLoadedRange(range);
  const shown = loading ? loadedRange : range;
  return shown ? <p className="results__range">{shown}</p> : null;
}
