import { Command, Option } from 'commander';
import { z } from 'zod';
import { MODELS_DIR, MODELS_DIR_LABEL } from '../../lib/models/artifact-files';
import { examples, exitCodeOf, parseOptions, type CliCommand } from '../command';

const optionsSchema = z.object({
  config: z.enum(['full', 'tiny']),
  data: z.string().min(1).optional(),
  epochs: z.coerce
    .number({ error: 'must be a whole number from 1 to 1000' })
    .int('must be a whole number from 1 to 1000')
    .min(1, 'must be a whole number from 1 to 1000')
    .max(1000, 'must be a whole number from 1 to 1000')
    .optional(),
  out: z.string().min(1),
  reuseNetwork: z.string().min(1).optional(),
});

/** `taskshift train-titles`: trains the job-title coder on O*NET titles and writes models/titles-<hash>/. */
export const trainTitlesCommand: CliCommand = {
  name: 'train-titles',
  create: () =>
    new Command('train-titles')
      .summary('train the job-title coder')
      .description(
        'Train the job-title coder (subword network + TF-IDF blend, calibrated) on O*NET titles and write models/titles-<hash>/.',
      )
      .addOption(new Option('--config <name>', 'title-coder settings').choices(['full', 'tiny']).default('full'))
      .option('--data <dir>', 'data root holding onet/v30_1 (default: DATA_DIR, data/raw, ../shared/data)')
      .option('--epochs <n>', 'override the number of epochs')
      .option(
        '--reuse-network <dir>',
        'take the network and vocabulary from this artifact (same corpus and network settings) and refit only the retriever, blend, temperature and threshold',
      )
      .addOption(new Option('--out <dir>', 'models folder').default(MODELS_DIR, MODELS_DIR_LABEL))
      .addHelpText(
        'after',
        examples('npx taskshift train-titles --config tiny', 'npm run train:titles -- --epochs 3 --out /tmp/models'),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runTrainTitles } = await import('./train-titles-run');
          return runTrainTitles(options);
        }),
      ),
};
