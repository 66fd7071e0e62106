import { Command } from 'commander';
import { z } from 'zod';
import { examples, exitCodeOf, parseOptions, type CliCommand } from '../command';
import { CURRENT_ONET } from '../../lib/db/onet-release';

const optionsSchema = z.object({
  top: z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int('must be a whole number from 1 to 100')
    .min(1, 'must be a whole number from 1 to 100')
    .max(100, 'must be a whole number from 1 to 100'),
  encoder: z.boolean().default(false),
});

/** `taskshift evaluate-similarity`: how well the occupation similarity finds neighbours, as Markdown tables on stdout. */
export const evaluateSimilarityCommand: CliCommand = {
  name: 'evaluate-similarity',
  create: () =>
    new Command('evaluate-similarity')
      .summary('evaluate the occupation similarity (Markdown tables)')
      .description(
        `Evaluate the occupation similarity on the O*NET ${CURRENT_ONET} data in the database: median similarity of the 1st vs the K-th ` +
          'nearest occupation, and how well the similarity built without one component (task words, work activities, skills) ' +
          "finds that component's own K nearest neighbours, beside the raw importance cosine and chance. Markdown tables on stdout.",
      )
      .option('--top <k>', 'K, the neighbours compared, 1 to 100', '10')
      .option(
        '--encoder',
        "also compare the task-word component with the exposure encoder's mean task vectors (newest artifact under models/, first member; about a minute on wasm)",
        false,
      )
      .addHelpText(
        'after',
        examples(
          'npx taskshift evaluate-similarity --top 5',
          'npm run evaluate:similarity -- --encoder > similarity.md',
        ),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runEvaluateSimilarity } = await import('./evaluate-similarity-run');
          return runEvaluateSimilarity(options);
        }),
      ),
};
