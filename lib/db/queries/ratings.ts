import { type Db, getDb } from '../client';
import { CURRENT_ONET } from './cache';

/** One O*NET 30.1 rating. */
export interface RatingRow {
  code: string;
  domain: string;
  elementId: string;
  scaleId: string;
  value: number;
}

/**
 * Streams all current O*NET ratings (about 120k rows) in keyset-paginated batches, so an export
 * holds one batch in memory at a time however many rows it writes.
 */
export async function* streamRatings(db: Db = getDb(), batch = 5000): AsyncGenerator<RatingRow> {
  let after = { domain: '', code: '', elementId: '', scaleId: '' };
  for (;;) {
    const rows = await db.prisma.$queryRaw<
      { domain: string; code: string; element_id: string; scale_id: string; value: number }[]
    >`
      SELECT domain, code, element_id, scale_id, value FROM onet_rating
      WHERE onet_version = ${CURRENT_ONET}
        AND (domain, code, element_id, scale_id) > (${after.domain}, ${after.code}, ${after.elementId}, ${after.scaleId})
      ORDER BY domain, code, element_id, scale_id LIMIT ${batch}`;
    for (const r of rows)
      yield { code: r.code, domain: r.domain, elementId: r.element_id, scaleId: r.scale_id, value: r.value };
    const last = rows[rows.length - 1];
    if (!last || rows.length < batch) return;
    after = { domain: last.domain, code: last.code, elementId: last.element_id, scaleId: last.scale_id };
  }
}
