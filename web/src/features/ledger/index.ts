export { StatusComposer, type StatusComposerProps } from './components/StatusComposer';
