import { type CellConverter, Invalid } from './cell';
import type { RawRecord } from './types';

/** A compiled row's answer when zod must decide (a cell refused or missing, a transform adding an issue). */
export const NOT_FAST = Symbol('not-fast');

/** Validates and converts one record, or answers NOT_FAST. */
export type CompiledRow = (record: RawRecord) => unknown;

/** How one field of a compiled object is checked. */
export interface FieldRunner {
  convert: CellConverter<unknown>;
  /** An absent key is allowed (zod's `.optional()`) and left out of the row. */
  optional: boolean;
}

/**
 * The function that runs one record through `fields` (one per key of the zod shape, in order) and
 * builds the row as zod does: every key in the shape's order, an absent optional key left out.
 * Generated code (as zod's own object parser does, where the runtime allows it) reads and writes each
 * key by name, which V8 runs several times faster than a loop of keyed accesses; `rowByLoop` otherwise.
 */
export function rowRunner(keys: readonly string[], fields: readonly FieldRunner[]): CompiledRow {
  const slow = rowByLoop(keys, fields);
  try {
    return generatedRow(keys, fields, slow);
  } catch {
    return slow; // code generation refused (--disallow-code-generation-from-strings)
  }
}

/** The loop form: correct everywhere, used where code generation is refused and for records missing a key. */
export function rowByLoop(keys: readonly string[], fields: readonly FieldRunner[]): CompiledRow {
  return (record) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const raw = record[key];
      if (typeof raw !== 'string') {
        if (fields[i]!.optional && !(key in record)) continue;
        return NOT_FAST;
      }
      const value = fields[i]!.convert(raw);
      if (value instanceof Invalid) return NOT_FAST;
      out[key] = value;
    }
    return out;
  };
}

/** Straight-line code for `keys`; keys appear only as JSON string literals. A missing cell hands over to `slow`. */
function generatedRow(keys: readonly string[], fields: readonly FieldRunner[], slow: CompiledRow): CompiledRow {
  const literal = keys.map((key) => JSON.stringify(key));
  const steps = literal.map(
    (key, i) =>
      `const r${i} = record[${key}]; if (typeof r${i} !== 'string') return slow(record);\n` +
      `const v${i} = convert[${i}](r${i}); if (v${i} instanceof Invalid) return NOT_FAST;`,
  );
  const row = `return { ${literal.map((key, i) => `${key}: v${i}`).join(', ')} };`;
  const source = `return function compiledRow(record) {\n${steps.join('\n')}\n${row}\n}`;
  const make = new Function('convert', 'Invalid', 'NOT_FAST', 'slow', source);
  return make(
    fields.map((f) => f.convert),
    Invalid,
    NOT_FAST,
    slow,
  );
}
