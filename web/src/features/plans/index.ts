export { PlanDashboardPage } from './pages/PlanDashboardPage';
