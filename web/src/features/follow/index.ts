export { FollowPlan } from './components/FollowPlan';
