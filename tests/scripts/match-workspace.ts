import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { selectBackend } from '@/lib/models/backend';
import { saveTitleCoder } from '@/lib/models/titles/artifact';
import { trainTitleCoder } from '@/lib/models/titles/pipeline';
import { seedFixture } from '../api/fixture';
import { fixtureCorpus, fixtureTitleConfig, writeFixtureOnet } from '../models/titles/fixture';

const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * A throwaway folder for `npm run match` tests: a tiny coder trained on the fixture corpus and saved, the fixture's
 * O*NET files it rebuilds its retriever from, and a seeded PGlite (never the configured database).
 */
export function matchWorkspace(prefix: string) {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  const modelDir = path.join(work, 'titles-test');
  const pgliteDir = path.join(work, 'pglite');
  const dataDir = path.join(work, 'data');
  return {
    work,
    /** Trains and saves the coder, writes the O*NET fixture files and seeds the database. */
    async prepare() {
      await selectBackend('wasm', true);
      const config = fixtureTitleConfig();
      const trained = await trainTitleCoder(fixtureCorpus(), config, 'titles-test');
      writeFixtureOnet(dataDir);
      const saved = { retrieverRows: trained.retrieverRows, tasks: fixtureCorpus().tasks, split: config };
      await saveTitleCoder(trained.coder, modelDir, saved);
      trained.coder.network.dispose();
      const db = createDb({ pgliteDir });
      await migrate(db);
      await seedFixture(db);
      await db.close();
    },
    /** Runs `npm run match` as a user would, against this workspace's coder, data and database. */
    matchCli(...args: string[]) {
      const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, TF_BACKEND: 'wasm', DATA_DIR: dataDir };
      delete env.DATABASE_URL;
      const argv = ['--import', 'tsx', 'scripts/match.ts', '--model', modelDir, ...args];
      return spawnSync(process.execPath, argv, { cwd: ROOT, env, encoding: 'utf8' });
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
