import { Command } from 'commander';
import { z } from 'zod';
import { shardSchema } from '../../lib/models/shard';
import { examples, exitCodeOf, parseOptions, type CliCommand } from '../command';

const optionsSchema = z.object({
  in: z.string().min(1, 'give the input CSV'),
  out: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  lexicalOnly: z.boolean().default(false),
  exposure: z.boolean(),
  shard: shardSchema.optional(),
});

/** `taskshift match`: codes a CSV of job titles to O*NET-SOC occupations with exposure; stores nothing. */
export const matchCommand: CliCommand = {
  name: 'match',
  create: () =>
    new Command('match')
      .summary('code a CSV of job titles to occupations')
      .description(
        'Code a CSV of job titles (column "title", optional "description") to O*NET-SOC occupations with exposure; stores nothing; exits 1 on an invalid file.',
      )
      .requiredOption('--in <file>', 'input CSV with a title column')
      .option('--out <file>', 'output CSV (default: standard output)')
      .option('--model <dir>', 'title-coder artifact folder (default: the newest models/titles-*)')
      .option(
        '--lexical-only',
        'code with the TF-IDF retriever alone (the baseline path; no network, no description)',
        false,
      )
      .option(
        '--no-exposure',
        "skip exposure: neither the occupations' (database) nor the descriptions' (exposure model) is filled in",
      )
      .option(
        '--shard <i/n>',
        'code only slice i of n of the data rows (contiguous, in file order; same header), for parallel jobs (default: every row)',
      )
      .addHelpText(
        'after',
        examples(
          'npx taskshift match --in staff.csv --out coded.csv',
          'npm run match -- --in staff.csv --lexical-only --no-exposure > coded.csv',
          'npm run match -- --in jobs.csv --shard 2/4 --out part-2.csv   # then: head -1 part-1.csv; tail -q -n +2 part-*.csv',
        ),
      )
      .action(
        exitCodeOf(async (raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runMatch } = await import('./match-run');
          return runMatch(options);
        }),
      ),
};
