import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { NavigationAction, RouterHistory, RouterLocation } from './history';
import { restoreScroll, scrollToId, type ScrollMemory } from './scroll';

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

interface Navigation {
  location: RouterLocation;
  action: NavigationAction;
  /** The location shown before this one; null on the first page of the visit. */
  previous: RouterLocation | null;
}

interface RouterContextValue {
  navigation: Navigation;
  navigate: (to: string, options?: NavigateOptions) => void;
  scrollMemory: ScrollMemory | null;
}

const RouterContext = createContext<RouterContextValue | null>(null);

export interface RouterProviderProps {
  history: RouterHistory;
  /** Where scroll positions are kept for back and forward; none in tests. */
  scrollMemory?: ScrollMemory | null;
  children: ReactNode;
}

/**
 * Keeps the current location in React state. A navigation is a transition: while the next
 * page's code loads, the current page stays on screen instead of a blank one.
 */
export function RouterProvider({ history, scrollMemory = null, children }: RouterProviderProps) {
  const [navigation, setNavigation] = useState<Navigation>(() => ({
    location: history.location,
    action: 'POP',
    previous: null,
  }));
  const shown = useRef(history.location);

  useEffect(
    () =>
      history.listen((location, action) => {
        // The page being left is still on screen: remember how far down it was read.
        scrollMemory?.save(shown.current.key, window.scrollY);
        const previous = shown.current;
        shown.current = location;
        startTransition(() => setNavigation({ location, action, previous }));
      }),
    [history, scrollMemory],
  );

  const navigate = useCallback(
    (to: string, options: NavigateOptions = {}) => {
      if (options.replace) history.replace(to, options.state);
      else history.push(to, options.state);
    },
    [history],
  );

  const value = useMemo(() => ({ navigation, navigate, scrollMemory }), [navigation, navigate, scrollMemory]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterContextValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs a <RouterProvider> above it');
  return router;
}

export function useLocation(): RouterLocation {
  return useRouter().navigation.location;
}

export function useNavigate(): RouterContextValue['navigate'] {
  return useRouter().navigate;
}

/** How the current page was reached: a link or `navigate` (PUSH/REPLACE), or back/forward (POP). */
export function useNavigationAction(): NavigationAction {
  return useRouter().navigation.action;
}

export function useSearchParams(): URLSearchParams {
  const { search } = useLocation();
  return useMemo(() => new URLSearchParams(search), [search]);
}

/**
 * What a full page load would do, done after each in-app navigation: a new page starts at
 * its top (or its `#anchor`) with focus on <main>, so keyboard and screen-reader users start
 * reading it; back and forward return to where the reader was. A change of only the query
 * string (filters) keeps scroll and focus where they are. On the first load only an
 * `#anchor` is looked for.
 */
export function useNavigationEffects(mainRef: RefObject<HTMLElement | null>): void {
  const { navigation, scrollMemory } = useRouter();
  const { location, action, previous } = navigation;

  useLayoutEffect(() => {
    const hasTarget = location.hash.length > 1 && typeof window.requestAnimationFrame === 'function';
    // A shared link to a place on a page (`#recommendation-R4`) finds it once the page is in.
    if (!previous) return hasTarget ? scrollToId(decodeURIComponent(location.hash.slice(1))) : undefined;
    const pathChanged = previous.pathname !== location.pathname;
    if (pathChanged) mainRef.current?.focus({ preventScroll: true });
    if (typeof window.requestAnimationFrame !== 'function') return;

    const saved = action === 'POP' ? scrollMemory?.get(location.key) : undefined;
    if (saved !== undefined) return restoreScroll(saved);
    if (location.hash.length > 1) return scrollToId(decodeURIComponent(location.hash.slice(1)));
    if (pathChanged) window.scrollTo(0, 0);
    return undefined;
  }, [location, action, previous, scrollMemory, mainRef]);
}
