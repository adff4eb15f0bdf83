// Pages are not exported here: routes/table.ts imports each page module itself, so it stays in its own chunk.
export { AccountLink } from './components/AccountLink';
export { ChangePasswordMutation, CurrentUserQuery, LogoutMutation, SignOutEverywhereMutation } from './graphql/account';
export { serverMessage } from './lib/accountErrors';
export { PASSWORD_POLICY } from './lib/passwordPolicy';
