import type { z } from 'zod';
import { jsonSchemaOf, objectProperties } from './json-schema';
import type { JsonSchema } from './registry';

/** What the document needs of a CSV view: its name and the query schema it validates (lib/views' View fits). */
export interface ExportViewSchema {
  name: string;
  params: z.ZodType;
  /** Adds computed fields before validation (e.g. `paged`): those are not query parameters. */
  prepare?: (raw: Record<string, unknown>) => Record<string, unknown>;
}

/** One query parameter of the export route: its schema merged over the views that read it. */
export interface ViewParameter {
  name: string;
  schema: JsonSchema;
  description: string;
}

/** One schema for a parameter several views read: the same one, their string enums joined, or anyOf. */
function merge(schemas: JsonSchema[]): JsonSchema {
  const unique = (list: JsonSchema[]) => [...new Map(list.map((s) => [JSON.stringify(s), s])).values()];
  const distinct = unique(schemas);
  if (distinct.length === 1) return distinct[0]!;
  // the same constraints with different defaults (pageSize 25 here, 50 there): the constraints, no default
  const undefaulted = unique(distinct.map(({ default: _default, ...rest }) => rest));
  if (undefaulted.length === 1) return undefaulted[0]!;
  if (distinct.every((s) => s.type === 'string' && Array.isArray(s.enum))) {
    return { type: 'string', enum: [...new Set(distinct.flatMap((s) => s.enum as string[]))] };
  }
  return { anyOf: distinct };
}

/**
 * The query parameters of GET /api/export/{view}.csv: the union of every view's own schema (fields a
 * view's `prepare` computes are left out), each described by `text` and the views that read it.
 */
export function exportParameters(views: readonly ExportViewSchema[], text: Record<string, string>): ViewParameter[] {
  const byName = new Map<string, { schemas: JsonSchema[]; views: string[] }>();
  for (const view of views) {
    const computed = new Set(Object.keys(view.prepare?.({}) ?? {}));
    for (const [name, schema] of Object.entries(objectProperties(jsonSchemaOf(view.params)).properties)) {
      if (computed.has(name)) continue;
      const entry = byName.get(name) ?? { schemas: [], views: [] };
      const { description: _own, ...bare } = schema;
      entry.schemas.push(bare);
      entry.views.push(view.name);
      byName.set(name, entry);
    }
  }
  return [...byName].map(([name, { schemas, views: readers }]) => ({
    name,
    schema: merge(schemas),
    description: `${text[name] ?? name}. Read by the views ${readers.join(', ')}`,
  }));
}
