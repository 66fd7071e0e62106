import { openApiDocument } from '@/lib/api/openapi';

/** GET /api/openapi.json — documents every dashboard route. */
export function GET(): Response {
  return Response.json(openApiDocument());
}
