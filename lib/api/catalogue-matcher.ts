import type { TitleMatcher } from '../ingest/catalogue/stage';

/**
 * The title matcher catalogue uploads use: the project's title coder (lib/models/titles) once an
 * artifact is present. Until then every job without a code of its own waits in the review queue.
 */
export const defaultTitleMatcher: TitleMatcher = async () => null;
