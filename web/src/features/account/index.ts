export { InvitePage } from './pages/InvitePage';
export { SignInPage } from './pages/SignInPage';
export { safeNextPath } from './lib/nextPath';
