export { ReportPage } from './pages/ReportPage';
