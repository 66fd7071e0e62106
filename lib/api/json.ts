import { wholeCountReplacer } from '../views/counts';

/** A JSON answer that is never cached; worker counts (by key, see WORKER_COUNT_NAMES) are whole numbers. */
export function jsonAnswer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body, wholeCountReplacer), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}
