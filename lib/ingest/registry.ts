import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where the source registry lives in the repository. */
export const REGISTRY_PATH = path.join(process.cwd(), 'data', 'sources.json');

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' });

/** A relative path under the data directory: no leading slash, no "..", no backslashes. */
const dataPath = z
  .string()
  .min(1)
  .refine(
    (p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').includes('..'),
    'must be a relative path inside the data directory',
  );

const registryFile = z
  .object({
    path: dataPath,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
    bytes: z.number().int().nonnegative(),
    /** A URL serving exactly these bytes: data:fetch downloads it and verifies sha256. */
    download: httpsUrl.optional(),
    /** The official publication (may be a zip or workbook the file was converted from). */
    official: httpsUrl.optional(),
    /** The file inside `official` (a zip member or a workbook sheet) this one is, or was made from. */
    member: z.string().min(1).optional(),
    /** Why data:fetch cannot download these exact bytes (printed by data:fetch); required without `download`. */
    noDownload: z.string().min(1).optional(),
    /** How the file was made, or why it is not downloaded. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((f) => f.download || f.note, {
    message: 'a file without a download URL needs a note on how to obtain it',
    path: ['note'],
  })
  .refine((f) => f.download || f.noDownload, {
    message: 'a file without a download URL needs noDownload: why it cannot be fetched',
    path: ['noDownload'],
  })
  .refine((f) => !(f.download && f.noDownload), {
    message: 'a file with a download URL cannot also say why it has none',
    path: ['noDownload'],
  })
  .refine((f) => !f.member || f.official, {
    message: 'member names a file inside the official publication, so it needs official',
    path: ['member'],
  });

const registrySource = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
    title: z.string().min(1),
    publisher: z.string().min(1),
    licence: z.string().min(1),
    homepage: httpsUrl,
    citation: z.string().min(1).optional(),
    files: z.array(registryFile).min(1),
  })
  .strict();

export const registrySchema = z
  .object({
    version: z.literal(1),
    description: z.string().optional(),
    sources: z.array(registrySource).min(1),
  })
  .strict()
  .superRefine((registry, ctx) => {
    const names = new Set<string>();
    const paths = new Set<string>();
    registry.sources.forEach((source, i) => {
      if (names.has(source.name))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'name'], message: `duplicate source ${source.name}` });
      names.add(source.name);
      source.files.forEach((file, j) => {
        if (paths.has(file.path))
          ctx.addIssue({
            code: 'custom',
            path: ['sources', i, 'files', j, 'path'],
            message: `duplicate path ${file.path}`,
          });
        paths.add(file.path);
      });
    });
  });

export type Registry = z.infer<typeof registrySchema>;
export type RegistrySource = Registry['sources'][number];
export type RegistryFile = RegistrySource['files'][number];

/** Validates registry JSON text; errors name the file and the JSON path of each problem. */
export function parseRegistry(text: string, file = 'data/sources.json'): Registry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON: ${(err as Error).message}`);
  }
  const result = registrySchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file}: invalid source registry:\n${lines.join('\n')}`);
}

/** Reads and validates data/sources.json (or another registry file). */
export function loadRegistry(file = REGISTRY_PATH): Registry {
  return parseRegistry(readFileSync(file, 'utf8'), path.relative(process.cwd(), file) || file);
}

/** The registry entry of a file path, with its source. */
export function findRegistryFile(
  registry: Registry,
  filePath: string,
): { source: RegistrySource; file: RegistryFile } | undefined {
  for (const source of registry.sources) {
    const file = source.files.find((f) => f.path === filePath);
    if (file) return { source, file };
  }
  return undefined;
}
