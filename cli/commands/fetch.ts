import path from 'node:path';
import { Command } from 'commander';
import { z } from 'zod';
import { collect, examples, exitCodeOf, parseOptions, type CliCommand } from '../command';

const optionsSchema = z.object({
  dest: z.string().min(1),
  registry: z.string().min(1).optional(),
  source: z.array(z.string().regex(/^[a-z0-9.-]+$/, 'source names are lower-case, e.g. bls-oews')).optional(),
});

/** `taskshift fetch`: downloads the registry's files (data/sources.json), each verified by sha256. */
export const fetchCommand: CliCommand = {
  name: 'fetch',
  create: () =>
    new Command('fetch')
      .summary('download the public data files, sha256-verified')
      .description(
        'Download the public data files listed in data/sources.json, each verified by its sha256; exits 1 if any failed.',
      )
      .option('--dest <dir>', 'where to put them', path.join('data', 'raw'))
      .option('--registry <file>', 'the list of files (default: data/sources.json)')
      .option('--source <name>', 'only this source (repeatable)', collect)
      .addHelpText('after', examples('npx taskshift fetch', 'npm run data:fetch -- --source bls-oews --dest /tmp/raw'))
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runFetch } = await import('./fetch-run');
          return runFetch({ ...options, dest: path.resolve(options.dest) });
        }),
      ),
};
