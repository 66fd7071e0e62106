import type { RawRecord } from './types';

/**
 * A function that turns a row's cells into a record keyed by the header's names (only `keep`'s, when given). It is one object literal,
 * compiled once per file (as zod compiles its object parsers), so every record of the file is created whole
 * with one shape, instead of by one keyed store per cell (measured: those stores were the parse loop's
 * largest cost). Names are embedded as JSON string literals, so no header text can be anything but a key.
 */
export function recordMaker(
  names: readonly string[],
  keep?: ReadonlySet<string>,
): (cells: readonly string[]) => RawRecord {
  // In a literal, `__proto__: x` sets the prototype instead of a key: such a header keeps the plain loop.
  const loop = (cells: readonly string[]) => assignCells(names, cells, keep);
  if (names.includes('__proto__')) return loop;
  const fields = names
    .flatMap((name, i) => (keep && !keep.has(name) ? [] : [`${JSON.stringify(name)}: c[${i}]`]))
    .join(',\n');
  try {
    return new Function('c', `'use strict';\nreturn {\n${fields}\n};`) as (cells: readonly string[]) => RawRecord;
  } catch {
    return loop; // code generation refused (--disallow-code-generation-from-strings)
  }
}

/** The same record built key by key (a name given twice keeps its last cell, as in the literal); only `keep`'s names when given. */
export function assignCells(names: readonly string[], cells: readonly string[], keep?: ReadonlySet<string>): RawRecord {
  const record: RawRecord = {};
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (!keep || keep.has(name)) record[name] = cells[i] as string;
  }
  return record;
}
