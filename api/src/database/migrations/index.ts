import { InitialSchema1763800000000 } from './1763800000000-initial-schema';

/** Migrations in the order they run. */
export const MIGRATIONS = [InitialSchema1763800000000];
