import { removeTemplate } from './template-location';

/** Jest's globalTeardown of the integration suite on SQLite: removes the run's template. */
export default removeTemplate;
