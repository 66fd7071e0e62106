import { type AuthConfig, authConfig } from '../auth/config';
import { clientAddress } from '../auth/client-address';
import { type Db, getDb } from '../db/client';
import { fetchCatalogue } from '../db/queries/catalogue';
import type { ExposureModel } from '../models/artifact';
import type { TitleCoder } from '../models/titles/coder';
import { servingExposureModel } from '../models/titles/description-exposure';
import { matchTitles } from '../models/titles/match';
import { matchBody } from '../models/titles/match-input';
import { servingTitleCoder } from '../models/titles/serve';
import { answeringErrors } from './errors';
import { jsonAnswer } from './json';
import { matchBudget, type TitleBudget } from './match-limit';

/** Largest request body accepted (1,000 titles of 200 characters with 5,000-character descriptions fit). */
export const MAX_MATCH_BODY_BYTES = 6 * 1024 * 1024;

const error = (status: number, message: string, parameter = 'body', headers: Record<string, string> = {}) => {
  const res = jsonAnswer({ error: message, parameter }, status);
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
};

/**
 * POST /api/match { titles: [{ title, description? }] }: codes up to 1,000 titles to O*NET-SOC
 * occupations with calibrated confidence, alternatives, needs_review and exposure. Validated with zod,
 * metered per client in titles per minute (429 with Retry-After past the budget); stores nothing.
 */
export const handleMatch = answeringErrors(
  async (
    req: Request,
    db: Db = getDb(),
    budget: TitleBudget = matchBudget(),
    loadCoder: () => Promise<TitleCoder | null> = servingTitleCoder,
    config: AuthConfig = authConfig(),
    loadExposureModel: () => Promise<ExposureModel | null> = servingExposureModel,
  ): Promise<Response> => {
    const length = Number(req.headers.get('content-length') ?? 0);
    if (length > MAX_MATCH_BODY_BYTES) return error(413, `Body larger than ${MAX_MATCH_BODY_BYTES} bytes`);
    const text = await req.text();
    if (text.length > MAX_MATCH_BODY_BYTES) return error(413, `Body larger than ${MAX_MATCH_BODY_BYTES} bytes`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return error(400, 'Body is not valid JSON: expected { "titles": [{ "title": "..." }] }');
    }
    const parsed = matchBody.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const parameter = issue.path.map(String).join('.') || 'body';
      return error(400, `Invalid ${parameter}: ${issue.message}`, parameter);
    }
    const wait = budget.take(clientAddress(req.headers, config), parsed.data.titles.length);
    if (wait > 0)
      return error(429, `Too many titles coded; try again in ${wait} s`, 'titles', { 'retry-after': String(wait) });
    const coder = await loadCoder();
    if (!coder) return error(503, 'No title-coder model is installed (run npm run train:titles)', 'model');
    const exposures = new Map((await fetchCatalogue(db)).occupations.map((o) => [o.code, o]));
    const described = parsed.data.titles.some((t) => t.description?.trim());
    const matches = matchTitles(parsed.data.titles, coder, exposures, {
      exposureModel: described ? await loadExposureModel() : null,
    });
    return jsonAnswer({
      model: coder.version,
      matches: matches.map((m, i) => ({ title: parsed.data.titles[i]!.title, ...m })),
    });
  },
);
