export { LiveRefresh } from './components/LiveRefresh';
export { AwaitingMyResponseSubscription, CommitmentChangedSubscription, PlanChangedSubscription } from './graphql/live';
