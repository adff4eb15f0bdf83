export { FollowPlan } from './components/FollowPlan';
export { FOLLOW_SECTION_ID, FollowSection } from './components/FollowSection';
