import { getDb } from '@/lib/db/client';
import { checkHealth, describeFailure } from '@/lib/db/health';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** Operator health check: 200 when the database answers, 503 when it does not. */
export async function GET(): Promise<Response> {
  let report: Awaited<ReturnType<typeof checkHealth>>;
  try {
    report = await checkHealth(getDb(), { pinnedModel: env.MODEL_VERSION });
  } catch (err) {
    const { cause, error } = describeFailure(err);
    return Response.json(
      { status: 'unavailable', error, cause },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
