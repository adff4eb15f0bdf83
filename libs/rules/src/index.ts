/**
 * The rules that define the tracker, as plain functions with no database or framework: the
 * ledger's vocabularies, calendar dates in Europe/London, the lenses and the deadline lens,
 * the rules for a new entry, verifiability, roll-ups and progress over time, the words for the vocabularies (docs/domain.md).
 * The api computes every figure it serves with them; the web checks forms and words what is
 * missing with the same functions.
 */
export * from './calendar';
export * from './deadline';
export * from './entry-rules';
export * from './enums';
export * from './labels';
export * from './lenses';
export * from './progress';
export * from './rollup';
export * from './verifiability';
