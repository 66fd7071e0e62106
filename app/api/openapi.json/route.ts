import { openApiDocument } from '@/lib/api/openapi';

// Built once: the route registry and its schemas are fixed for the life of the process.
const document = openApiDocument();

/** GET /api/openapi.json — documents every dashboard route, generated from the route registry's zod schemas. */
export function GET(): Response {
  return Response.json(document);
}
