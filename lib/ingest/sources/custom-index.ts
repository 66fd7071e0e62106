import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FileSpec } from '../types';
import { CODE_SYSTEMS, indexSpec, type CodeSystem, type IndexRow } from './indices';
import { requiredNumber } from './values';

/**
 * The generic "custom index" format: a new index is a new CSV, not a new table.
 *   index_name,code_system,code,value[,year][,label]
 * One index per file, named after the file: indices/<index_name>.csv under the data directory.
 */
export const CUSTOM_INDEX_DIR = 'indices';
export const INDEX_NAME_RE = /^[a-z][a-z0-9_]{0,62}$/;

/** The code format each code system requires. */
const CODE_FORMATS: Record<CodeSystem, RegExp> = {
  soc2010: /^\d{2}-\d{4}$/,
  soc2018: /^\d{2}-\d{4}$/,
  onetsoc2010: /^\d{2}-\d{4}\.\d{2}$/,
  onetsoc2019: /^\d{2}-\d{4}\.\d{2}$/,
  isco08: /^\d{4}$/,
};

function customRow(indexName: string) {
  return z
    .object({
      index_name: z
        .string()
        .trim()
        .refine((n) => n === indexName, `must be "${indexName}" (the file's name)`),
      code_system: z.enum(CODE_SYSTEMS),
      code: z.string().trim(),
      value: requiredNumber,
      year: z
        .string()
        .trim()
        .regex(/^((19|20)\d{2})?$/, 'not a year')
        .transform((y) => (y === '' ? null : Number(y)))
        .optional(),
      label: z.string().trim().optional(),
    })
    .superRefine((r, ctx) => {
      if (!CODE_FORMATS[r.code_system].test(r.code)) {
        ctx.addIssue({ code: 'custom', path: ['code'], message: `not a ${r.code_system} code: "${r.code}"` });
      }
    })
    .transform(
      (r): IndexRow => ({
        indexName,
        codeSystem: r.code_system,
        code: r.code,
        year: r.year ?? null,
        value: r.value,
        label: r.label ? r.label : null,
      }),
    );
}

/** The FileSpec of one custom index file (path relative to the data directory). */
export function customIndexSpec(file: string): FileSpec<IndexRow> {
  const indexName = path.basename(file, '.csv');
  if (!INDEX_NAME_RE.test(indexName)) {
    throw new Error(
      `${file}: a custom index file must be named <index_name>.csv with a lower-case name of letters, digits and _`,
    );
  }
  return indexSpec({
    source: 'custom-index',
    indexName,
    file,
    requiredColumns: ['index_name', 'code_system', 'code', 'value'],
    row: customRow(indexName),
  });
}

/** Specs for every indices/*.csv found under a data directory (none when the folder is absent). */
export function customIndexSpecs(dataDir: string): FileSpec<IndexRow>[] {
  const dir = path.join(dataDir, CUSTOM_INDEX_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => customIndexSpec(`${CUSTOM_INDEX_DIR}/${name}`));
}
