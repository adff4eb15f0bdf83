// Pages are not exported here: routes/table.ts imports each page module itself, so it stays in its own chunk.
export { AccountLink } from './components/AccountLink';
export { CurrentUserQuery, LogoutMutation } from './graphql/account';
