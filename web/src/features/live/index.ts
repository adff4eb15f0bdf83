export { LiveStatus } from './components/LiveStatus';
export { AwaitingMyResponseSubscription, CommitmentChangedSubscription, PlanChangedSubscription } from './graphql/live';
export { useLiveRefresh } from './hooks/useLiveRefresh';
