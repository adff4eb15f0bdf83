import type {
  CommitmentPageQuery,
  CommitmentsListQuery,
  PlanDashboardQuery,
  ReportPageQuery,
} from '../__generated__/graphql';
import commitmentC3 from './fixtures/commitmentC3.json';
import commitmentC4 from './fixtures/commitmentC4.json';
import commitmentsList from './fixtures/commitmentsList.json';
import planDashboard from './fixtures/planDashboard.json';
import reportPage from './fixtures/reportPage.json';

/*
 * Answers of the API to the app's queries over the seeded demo data (fixtures/*.json,
 * recorded from the API; the dashboard's progress and updates are thinned to keep them short).
 */

export const ORG = 'labour-muslim-network';
export const PLAN = 'islamophobia-action-plan';
export const REPORT = 'islamophobia-and-the-muslim-experience';

export const planDashboardData = planDashboard as PlanDashboardQuery;
export const commitmentsListData = commitmentsList as CommitmentsListQuery;
export const commitmentC3Data = commitmentC3 as CommitmentPageQuery;
export const commitmentC4Data = commitmentC4 as CommitmentPageQuery;
export const reportPageData = reportPage as ReportPageQuery;
