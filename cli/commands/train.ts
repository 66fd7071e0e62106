import { Command, Option } from 'commander';
import { z } from 'zod';
import { MODELS_DIR, MODELS_DIR_LABEL } from '../../lib/models/artifact-files';
import { CONFIGS } from '../../lib/models/config';
import { examples, exitCodeOf, parseOptions, type CliCommand, modelVersionOption } from '../command';

const optionsSchema = z.object({
  config: z.enum(Object.keys(CONFIGS) as [string, ...string[]]),
  version: modelVersionOption,
  out: z.string().min(1),
});

/** `taskshift train`: trains the exposure ensemble, evaluates it on the held-out split, saves and records it. */
export const trainCommand: CliCommand = {
  name: 'train',
  create: () =>
    new Command('train')
      .summary('train, evaluate and record the exposure model')
      .description(
        'Train the exposure model ensemble on the labelled tasks in the database, evaluate it, save it under --out and record it.',
      )
      .addOption(new Option('--config <name>', 'model settings').choices(Object.keys(CONFIGS)).default('full'))
      .option('--version <v>', 'version name (default: <config>-s<seed>-<hash of the inputs>)')
      .addOption(new Option('--out <dir>', 'model folder').default(MODELS_DIR, MODELS_DIR_LABEL))
      .addHelpText(
        'after',
        examples('npx taskshift train --config tiny', 'npm run train -- --version my-run --out /tmp/models'),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runTrain } = await import('./train-run');
          return runTrain(options);
        }),
      ),
};
