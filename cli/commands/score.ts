import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { MODELS_DIR, MODELS_DIR_LABEL } from '../../lib/models/artifact-files';
import { shardSchema } from '../../lib/models/shard';
import { examples, exitCodeOf, parseOptions, type CliCommand, modelVersionOption } from '../command';
import { CURRENT_ONET } from '../../lib/db/onet-release';

const optionsSchema = z.object({
  version: modelVersionOption,
  dir: z.string().min(1),
  shard: shardSchema.optional(),
  workers: z.coerce.number().int().min(1, 'at least 1').max(64, 'at most 64'),
});

/** Forward passes in parallel on every core, up to 4 (the ensemble has 3 members; more threads gain little). */
const DEFAULT_WORKERS = Math.min(4, availableParallelism());

/** `taskshift score`: Score every O*NET 30.1 task and occupation with a saved model and mark that version ready for the pages. */
export const scoreCommand: CliCommand = {
  name: 'score',
  create: () =>
    new Command('score')
      .summary('score every task and occupation with a saved model')
      .description(
        `Score every O*NET ${CURRENT_ONET} task and occupation with a saved model and mark that version ready for the pages.`,
      )
      .option('--version <v>', 'model version (default: MODEL_VERSION, else the newest folder under --dir)')
      .addOption(new Option('--dir <dir>', 'model folder').default(MODELS_DIR, MODELS_DIR_LABEL))
      .addOption(
        new Option('--workers <n>', 'worker threads for the forward passes (1: none)').default(
          DEFAULT_WORKERS,
          'the cores, at most 4',
        ),
      )
      .option(
        '--shard <i/n>',
        'score only slice i of n (occupations sorted by code, contiguous) so n parallel jobs share one database; the version turns ready when the last shard lands (default: everything)',
      )
      .addHelpText(
        'after',
        examples(
          'npx taskshift score',
          'npm run score -- --version full-s42-1a2b3c4d',
          'npx taskshift score --shard 2/4   # one of four parallel jobs (e.g. --shard $((JOB_COMPLETION_INDEX + 1))/4)',
        ),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runScore } = await import('./score-run');
          return runScore(options);
        }),
      ),
};
