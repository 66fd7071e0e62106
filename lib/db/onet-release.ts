/**
 * The O*NET releases Taskshift knows, named once. Env-free and import-free, so every layer
 * (ingest, models, queries, pages, CLI, benchmarks) may read them.
 */

/** The current O*NET release: the occupations and ratings the pages show, the model scores and the title coder reads. */
export const CURRENT_ONET = '30.1';
/** Where the current release's files live under the data directory. */
export const CURRENT_ONET_FOLDER = 'onet/v30_1';

/** The earlier O*NET release the skill shift compares against. */
export const PREVIOUS_ONET = '23.x';
/** Where the earlier release's files live under the data directory. */
export const PREVIOUS_ONET_FOLDER = 'onet/v23_x';

/** The header of the O*NET-SOC code column in O*NET's files (and in the files derived from them). */
export const ONET_CODE_COLUMN = 'O*NET-SOC Code';
