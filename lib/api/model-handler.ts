import { fetchModelCard } from '../analytics/model-card-load';
import type { Db } from '../db/client';
import { answeringErrors } from './errors';

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/** GET /api/model: the model card (held-out figures, ablation, calibration, index agreement, training facts, limits). */
export const handleModelCard = answeringErrors(async (db: Db, modelsDir?: string): Promise<Response> => {
  const card = await fetchModelCard(db, modelsDir);
  if (!card)
    return json(
      {
        error: 'No exposure model: no committed artifact under models/ and no scored version in the database',
        parameter: 'model',
      },
      404,
    );
  return json(card);
});
