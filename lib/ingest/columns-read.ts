import { z } from 'zod';
import type { AnyFileSpec } from './types';

/** The plain (key-stripping) zod object a row schema validates records with, alone or piped into a transform. */
function strippingObject(schema: z.ZodType): z.ZodObject | undefined {
  // A catchall (loose or strict object) keeps or reports the other keys, so those need every column.
  if (schema instanceof z.ZodObject) return schema.def.catchall === undefined ? schema : undefined;
  if (schema instanceof z.ZodPipe) return strippingObject(schema.def.in as z.ZodType);
  return undefined;
}

/**
 * The columns a spec's records must carry: its required columns (all that `skip` may read) and the keys of
 * its row schema when that is a plain zod object (alone or piped into a transform), which drops every other
 * key anyway; undefined, meaning every column, for any other schema. Wide files (DAIOE: 3 of 25 columns)
 * then build small records.
 */
export function columnsRead(spec: AnyFileSpec): ReadonlySet<string> | undefined {
  const object = strippingObject(spec.row as z.ZodType);
  return object && new Set([...spec.requiredColumns, ...Object.keys(object.shape)]);
}
