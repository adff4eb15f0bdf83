import { useLiveRefresh, type LiveRefreshOptions } from '../hooks/useLiveRefresh';
import { LiveStatus } from './LiveStatus';

/**
 * Keeps the page current (useLiveRefresh) and says so in its live region. A component of its
 * own, so that its clock and its subscription render this line again, never the page around it:
 * on a phone, rendering a whole page again just after hydrating it is a long task of its own.
 */
export function LiveRefresh<TData, TVariables extends Record<string, unknown>>(
  options: LiveRefreshOptions<TData, TVariables>,
) {
  return <LiveStatus>{useLiveRefresh(options)}</LiveStatus>;
}
