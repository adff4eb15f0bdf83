export { ConsolePage } from './pages/ConsolePage';
