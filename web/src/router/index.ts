export { createBrowserHistory, createMemoryHistory } from './history';
export type { NavigationAction, RouterHistory, RouterLocation } from './history';
export { Link, type LinkProps } from './Link';
export {
  RouterProvider,
  useLocation,
  useNavigate,
  useNavigationAction,
  useNavigationEffects,
  useSearchParams,
  type NavigateOptions,
} from './Router';
export { createScrollMemory, type ScrollMemory } from './scroll';
export { matchPattern, pathBuilder, type PatternParamNames, type PatternParams, type PatternValues } from './pattern';
