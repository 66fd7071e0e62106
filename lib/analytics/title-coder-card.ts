import { z } from 'zod';
import { TITLE_CODER_SLOT } from './model-card-text';

// The title coder's validation as its metrics.json records it (lib/models/titles, `npm run train:titles`).

const num = z.number().finite();
const scores = z.object({ titles: num, top1: num, top5: num, top1Soc: num, top5Soc: num, ece: num });
const titleMetricsSchema = z.object({
  version: z.string(),
  evaluatedAt: z.string().optional().catch(undefined),
  validation: z.object({
    coder: scores,
    network: scores.optional().catch(undefined),
    baseline: scores,
    review: z.object({ flagged: num, keptTop1: num }).optional().catch(undefined),
  }),
});

/** One title matcher scored on the held-out reported titles. */
export type TitleCoderRow = z.infer<typeof scores> & { key: 'coder' | 'network' | 'baseline'; predictor: string };

/** The card's title-coder section: its held-out figures beside its baseline, or a labelled empty slot. */
export type TitleCoderCard =
  | typeof TITLE_CODER_SLOT
  | {
      available: true;
      version: string;
      source: string;
      evaluatedAt: string | null;
      rows: TitleCoderRow[];
      review: { flagged: number; keptTop1: number } | null;
    };

const NAMES: Record<TitleCoderRow['key'], string> = {
  coder: 'Title coder (network and TF-IDF blend, calibrated)',
  network: 'Network alone (uncalibrated)',
  baseline: 'Baseline: TF-IDF nearest title',
};

/** The title coder's validation from its artifact's metrics.json; the "not yet available" slot when there is none or it does not parse. */
export function buildTitleCoderCard(record: { folder: string; metrics: unknown } | null): TitleCoderCard {
  const parsed = record ? titleMetricsSchema.safeParse(record.metrics) : null;
  if (!record || !parsed?.success) return TITLE_CODER_SLOT;
  const v = parsed.data.validation;
  const rows = (['coder', 'network', 'baseline'] as const).flatMap((key) => {
    const s = v[key];
    return s ? [{ key, predictor: NAMES[key], ...s }] : [];
  });
  return {
    available: true,
    version: parsed.data.version,
    source: `${record.folder}/metrics.json`,
    evaluatedAt: parsed.data.evaluatedAt ?? null,
    rows,
    review: v.review ?? null,
  };
}
