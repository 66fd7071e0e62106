import { z } from 'zod';
import { cellConverter, Invalid, type CellConverter } from './cell';
import { type CompiledRow, type FieldRunner, NOT_FAST, rowRunner } from './row-builder';

/**
 * A fast path for validating records, derived from the zod row schema (which stays the definition):
 * a plain `z.object` (strip mode, no refine) of cell schemas and plain enums, optionally piped into `.transform(fn)`,
 * is run by calling each cell's converter and building the output in the shape's key order, as zod
 * does. Any refused, missing or non-text cell answers NOT_FAST, and the caller runs zod itself, so
 * every error a user sees still comes from zod.
 */

export { type CompiledRow, NOT_FAST } from './row-builder';

interface Compiled {
  run: CompiledRow;
  /** Fields with no converter, checked by their own zod schema (slower, but still without the object's). */
  zodFields: string[];
}

/** Stands for "this field's own zod schema refused the value". */
const REFUSED_BY_ZOD = new Invalid('');
const compiled = new WeakMap<z.ZodType, Compiled | null>();

/** The compiled form of `schema` (built once per schema), or undefined when it can't be compiled. */
export function compiledRow(schema: z.ZodType): CompiledRow | undefined {
  return compiledOnce(schema)?.run;
}

/**
 * How `schema` validates: whether it compiles, and which of its fields run their own zod schema
 * (empty when every field is a tagged cell). For tests and benchmarks.
 */
export function compileReport(schema: z.ZodType): { compiled: boolean; zodFields: string[] } {
  const found = compiledOnce(schema);
  return { compiled: found !== null, zodFields: found?.zodFields ?? [] };
}

function compiledOnce(schema: z.ZodType): Compiled | null {
  let found = compiled.get(schema);
  if (found === undefined) {
    found = compile(schema);
    compiled.set(schema, found);
  }
  return found;
}

/** Schema-level checks (refine, superRefine, check) need zod's own run. */
const hasChecks = (schema: z.ZodType) => (schema.def.checks?.length ?? 0) > 0;

function compile(schema: z.ZodType): Compiled | null {
  if (hasChecks(schema)) return null;
  if (schema instanceof z.ZodObject) return compileObject(schema);
  // `.transform(fn)` on a schema is a pipe into a ZodTransform, which runs fn on the piped value.
  if (schema instanceof z.ZodPipe && schema.out instanceof z.ZodTransform && !hasChecks(schema.out)) {
    const inner = compile(schema.in as z.ZodType);
    if (inner === null) return null;
    const transform = schema.out.def.transform;
    return { zodFields: inner.zodFields, run: (record) => applyTransform(transform, inner.run(record)) };
  }
  return null;
}

/** The `ctx` a transform gets: zod's payload (value, issues) with addIssue. */
class TransformContext {
  readonly issues: unknown[] = [];
  constructor(readonly value: unknown) {}
  addIssue(issue: unknown) {
    this.issues.push(issue);
  }
}

/** Runs an object-level transform as zod's ZodTransform does; an issue it adds (or a promise) means NOT_FAST. */
function applyTransform(transform: (input: unknown, ctx: never) => unknown, value: unknown): unknown {
  if (value === NOT_FAST) return NOT_FAST;
  const ctx = new TransformContext(value);
  const out = transform(value, ctx as never);
  return ctx.issues.length > 0 || out instanceof Promise ? NOT_FAST : out;
}

/** A plain `z.enum([...])` accepts exactly its options, untrimmed (zod's $ZodEnum: a Set lookup). */
function enumConverter(field: z.ZodType): CellConverter<unknown> | undefined {
  if (!(field instanceof z.ZodEnum) || hasChecks(field)) return undefined;
  const allowed = new Set<unknown>(field.options);
  return (raw) => (allowed.has(raw) ? raw : REFUSED_BY_ZOD);
}

/**
 * How one field is checked: its cell converter, a plain enum's Set, `.optional()` of either (absent
 * key allowed), or else the field's own zod schema (recorded in `zodFields`).
 */
function fieldConverter(field: z.ZodType, key: string, zodFields: string[]): FieldRunner {
  const direct = (schema: z.ZodType) => cellConverter(schema) ?? enumConverter(schema);
  const convert = direct(field);
  if (convert) return { convert, optional: false };
  // An optional cell: its inner schema is a plain cell, so no default can stand in for an absent key.
  const inner = field instanceof z.ZodOptional && !hasChecks(field) ? direct(field.unwrap() as z.ZodType) : undefined;
  if (inner) return { convert: inner, optional: true };
  zodFields.push(key);
  const viaZod: CellConverter<unknown> = (raw) => {
    const result = field.safeParse(raw);
    return result.success ? result.data : REFUSED_BY_ZOD;
  };
  return { convert: viaZod, optional: false };
}

function compileObject(schema: z.ZodObject): Compiled | null {
  // A catchall (strict or loose object) or symbol keys change which keys zod keeps or reports.
  if (schema.def.catchall !== undefined || Object.getOwnPropertySymbols(schema.shape).length > 0) return null;
  const keys = Object.keys(schema.shape);
  if (keys.includes('__proto__')) return null;
  const zodFields: string[] = [];
  const fields = keys.map((key) => fieldConverter(schema.shape[key] as z.ZodType, key, zodFields));
  const run = rowRunner(keys, fields);
  return { run, zodFields };
}
