export { StatusComposer, type StatusComposerProps } from './components/StatusComposer';
// Form pieces the commitment page's comment and response forms share with the composer.
export { DraftRestored } from './components/DraftRestored';
export { MarkdownField } from './components/MarkdownField';
export { RadioGroup, type RadioOption } from './components/RadioGroup';
export { usePostForm } from './hooks/usePostForm';
