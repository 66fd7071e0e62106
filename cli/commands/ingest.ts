import { Command } from 'commander';
import { z } from 'zod';
import { resolveDataDir } from '../../lib/env';
import { sourceNames } from '../../lib/ingest/sources';
import { collect, examples, exitCodeOf, parseOptions, type CliCommand } from '../command';

const optionsSchema = z.object({
  dir: z.string().min(1, '--dir PATH is required (or set DATA_DIR)'),
  source: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'source names are lower-case, e.g. onet-30.1')).optional(),
  skipInvalid: z.boolean().default(false),
  force: z.boolean().default(false),
});

/** `taskshift ingest`: loads every known source under a data folder, one transaction per file; exits 1 if any failed. */
export const ingestCommand: CliCommand = {
  name: 'ingest',
  create: () =>
    new Command('ingest')
      .summary('load the data folder into the database')
      .description(
        'Load every known source found under PATH into the database, one transaction per file; prints a summary table and exits 1 if any file failed.',
      )
      .option(
        '--dir <path>',
        'folder laid out like ../shared/data (default: DATA_DIR, then data/raw, then ../shared/data)',
      )
      .option('--source <name>', 'only this source (repeatable; names below)', collect)
      .option('--skip-invalid', 'load the valid rows and record the rejects instead of failing the file', false)
      .option('--force', 'reload files whose checksum has not changed', false)
      .addHelpText(
        'after',
        `\nSources: ${sourceNames().join(', ')}, custom-index\n${examples('npx taskshift ingest --dir ../shared/data', 'npx taskshift ingest --source onet-30.1 --source bls-oews --force')}`,
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, { ...raw, dir: raw.dir ?? resolveDataDir() ?? '' });
          const { runIngestCommand } = await import('./ingest-run');
          return runIngestCommand(options);
        }),
      ),
};
