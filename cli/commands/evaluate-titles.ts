import { Command } from 'commander';
import { z } from 'zod';
import { examples, exitCodeOf, parseOptions, type CliCommand } from '../command';

const optionsSchema = z.object({ model: z.string().min(1).optional(), data: z.string().min(1).optional() });

/** `taskshift evaluate-titles`: a saved title coder on its validation titles beside the TF-IDF baseline. */
export const evaluateTitlesCommand: CliCommand = {
  name: 'evaluate-titles',
  create: () =>
    new Command('evaluate-titles')
      .summary('evaluate a saved job-title coder')
      .description(
        'Evaluate a saved title coder (as loaded from disk) on its validation titles beside the TF-IDF baseline; writes metrics.json and report.md into the artifact.',
      )
      .option('--model <dir>', 'artifact folder (default: the newest models/titles-*)')
      .option('--data <dir>', 'data root holding onet/v30_1 (default: DATA_DIR, data/raw, ../shared/data)')
      .addHelpText(
        'after',
        examples('npx taskshift evaluate-titles', 'npm run evaluate:titles -- --model models/titles-full-s7-1a2b3c4d'),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runEvaluateTitles } = await import('./evaluate-titles-run');
          return runEvaluateTitles(options);
        }),
      ),
};
