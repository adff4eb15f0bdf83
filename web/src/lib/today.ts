import { londonDate } from '@tracker/rules';
import { createContext, useContext } from 'react';

/**
 * Today (YYYY-MM-DD, Europe/London) as the server that rendered the page saw it, so the
 * browser hydrates the same markup; null: the browser's own clock decides.
 */
export const TodayContext = createContext<string | null>(null);

/** Today's date in Europe/London: the server's when the page came rendered, else the browser's. */
export function useToday(): string {
  return useContext(TodayContext) ?? londonDate(new Date());
}
