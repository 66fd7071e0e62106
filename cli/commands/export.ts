import { Argument, Command } from 'commander';
import { z } from 'zod';
import { OCCUPATION_COLUMNS } from '../../lib/views/occupation-columns';
import { SIMILAR_COLUMNS } from '../../lib/export/similar';
import { CURRENT_ONET } from '../../lib/db/onet-release';
import { examples, exitCodeOf, parseOptions, type CliCommand } from '../command';

const optionsSchema = z.object({
  version: z.string().min(1).optional(),
  top: z.coerce
    .number({ error: 'must be a whole number from 1 to 1000' })
    .int('must be a whole number from 1 to 1000')
    .min(1, 'must be a whole number from 1 to 1000')
    .max(1000, 'must be a whole number from 1 to 1000'),
});

const VIEWS = `
views:
  occupations [--version V]   every scored occupation: ${OCCUPATION_COLUMNS.map((c) => c.header).join(',')}
  similar [--top N]           the N (default 10) most similar occupations of every O*NET ${CURRENT_ONET} occupation,
                              any exposure: ${SIMILAR_COLUMNS.map((c) => c.header).join(',')}

Reads DATABASE_URL (else the embedded PGlite database); CSV on stdout, a summary line on stderr.
`;

/** `taskshift export <view>`: a formula-safe CSV of one view on stdout, a summary line on stderr. */
export const exportCommand: CliCommand = {
  name: 'export',
  create: () =>
    new Command('export')
      .summary('one view as CSV on stdout')
      .description('Write one view as CSV on stdout (the same rows as the page and its API answer).')
      .addArgument(new Argument('<view>', 'which view').choices(['occupations', 'similar']))
      .option('--version <v>', 'model version for occupations (default: the current scored version)')
      .option('--top <n>', 'neighbours per occupation for similar, 1 to 1000', '10')
      .addHelpText(
        'after',
        VIEWS +
          examples(
            'npm run -s export -- occupations > occupations.csv',
            'npx taskshift export similar --top 5 > similar.csv',
          ),
      )
      .action(
        exitCodeOf(async (view: 'occupations' | 'similar', raw: Record<string, unknown>) => {
          const options = parseOptions(optionsSchema, raw);
          const { runExport } = await import('./export-run');
          return runExport(view, options);
        }),
      ),
};
