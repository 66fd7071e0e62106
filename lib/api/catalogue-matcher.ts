import type { TitleMatcher } from '../ingest/catalogue/stage';
import { matchTitles } from '../models/titles/match';
import { servingTitleCoder } from '../models/titles/serve';

/**
 * The title matcher catalogue uploads use: the project's title coder (lib/models/titles), loaded once
 * per process from the newest models/titles-* artifact. Without an artifact it answers null, and every
 * job without a code of its own waits in the review queue.
 */
export const defaultTitleMatcher: TitleMatcher = async (inputs) => {
  const coder = await servingTitleCoder();
  // exposure is read by the catalogue views from the occupation scores, so none is looked up here
  return coder ? matchTitles(inputs, coder, new Map()) : null;
};
