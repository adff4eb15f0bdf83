export { CommitmentPage } from './pages/CommitmentPage';
export { CommitmentsListPage } from './pages/CommitmentsListPage';
