import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDataDir } from '@/lib/env';
import { oewsSpec } from '@/lib/ingest/sources/bls-oews';
import { customIndexSpec } from '@/lib/ingest/sources/custom-index';
import { registeredSpecs } from '@/lib/ingest/sources/index';
import type { AnyFileSpec } from '@/lib/ingest/types';

/** A file shape to mutate: its bytes, the spec that reads it, and the table and scope it lands in. */
export interface Seed {
  name: string;
  bytes: Uint8Array;
  spec: AnyFileSpec;
}

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures', 'fuzz');

function registered(file: string): AnyFileSpec {
  const spec = registeredSpecs.find((s) => s.file === file);
  if (!spec) throw new Error(`no registered spec for ${file}`);
  return spec;
}

/** The spec of a seed, reading `file` (relative to the case folder) instead of the real path. */
export function specAt(seed: Seed, file: string): AnyFileSpec {
  return { ...seed.spec, file };
}

/**
 * Hand-written fixtures shaped like four real files (O*NET TSV, OEWS CSV with thousands separators
 * and BLS markers, a published index with quoted commas, a custom index), plus the first 60 lines of
 * the real files when ../shared/data is present (read at test time, never committed).
 */
export function loadSeeds(): Seed[] {
  const fixture = (name: string, spec: AnyFileSpec): Seed => ({
    name,
    spec,
    bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))),
  });
  const seeds = [
    fixture('task-statements.txt', registered('onet/v30_1/Task Statements.txt')),
    fixture('oews.csv', oewsSpec(2024)),
    fixture(
      'frey-osborne.csv',
      registered('ai_exposure/frey_osborne_2013/frey_osborne_2013_probability_computerisation_soc2010.csv'),
    ),
    fixture('acme_index.csv', customIndexSpec('indices/acme_index.csv')),
  ];
  const shared = sharedDataDir();
  if (shared) {
    for (const spec of [seeds[0]!.spec, seeds[1]!.spec, seeds[2]!.spec]) {
      const file = path.join(shared, spec.file);
      if (!existsSync(file)) continue;
      const head = `${readFileSync(file)
        .subarray(0, 64 * 1024)
        .toString('utf8')
        .split('\n')
        .slice(0, 60)
        .join('\n')}\n`;
      seeds.push({ name: `real:${path.basename(spec.file)}`, spec, bytes: new TextEncoder().encode(head) });
    }
  }
  return seeds;
}
