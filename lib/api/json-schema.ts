import { z } from 'zod';
import type { JsonSchema } from './registry';

/** A zod schema as JSON Schema (2020-12, as OpenAPI 3.1 uses); `input` is what a client sends (defaults optional). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** The properties of an object schema, through allOf (zod intersections), with the names it requires. */
export function objectProperties(schema: JsonSchema): {
  properties: Record<string, JsonSchema>;
  required: Set<string>;
} {
  const properties: Record<string, JsonSchema> = {
    ...((schema.properties as Record<string, JsonSchema> | undefined) ?? {}),
  };
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const part of (schema.allOf as JsonSchema[] | undefined) ?? []) {
    const inner = objectProperties(part);
    Object.assign(properties, inner.properties);
    for (const name of inner.required) required.add(name);
  }
  return { properties, required };
}
