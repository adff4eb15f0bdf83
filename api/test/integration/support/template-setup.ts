import { nameTemplate } from './template-location';

/** Jest's globalSetup of the integration suite on SQLite: names the run's migrated template (template-location.ts). */
export default nameTemplate;
