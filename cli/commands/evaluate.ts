import { Command, Option } from 'commander';
import { z } from 'zod';
import { MODELS_DIR, MODELS_DIR_LABEL } from '../../lib/models/artifact-files';
import { examples, exitCodeOf, parseOptions, type CliCommand, modelVersionOption } from '../command';

const optionsSchema = z.object({
  version: modelVersionOption,
  dir: z.string().min(1),
});

/** `taskshift evaluate`: Evaluate a saved model on the held-out split: writes metrics.json and report.md beside it and records the metrics. */
export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  create: () =>
    new Command('evaluate')
      .summary('held-out evaluation of a saved model')
      .description(
        'Evaluate a saved model on the held-out split: writes metrics.json and report.md beside it and records the metrics.',
      )
      .option('--version <v>', 'model version (default: MODEL_VERSION, else the newest folder under --dir)')
      .addOption(new Option('--dir <dir>', 'model folder').default(MODELS_DIR, MODELS_DIR_LABEL))
      .addHelpText(
        'after',
        examples('npx taskshift evaluate', 'npm run evaluate -- --version full-s42-1a2b3c4d --dir models'),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runEvaluate } = await import('./evaluate-run');
          return runEvaluate(options);
        }),
      ),
};
