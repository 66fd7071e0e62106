import { Command } from 'commander';
import { examples, exitCodeOf, type CliCommand } from '../command';

/** `taskshift migrate`: applies pending SQL migrations (prisma/migrations) to the configured database. */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  create: () =>
    new Command('migrate')
      .summary('apply pending SQL migrations')
      .description(
        'Apply pending SQL migrations (prisma/migrations) to DATABASE_URL, else the embedded PGlite database.',
      )
      .addHelpText(
        'after',
        examples('npx taskshift migrate', 'DATABASE_URL=postgresql://user:pass@host/db npm run db:migrate'),
      )
      .action(
        exitCodeOf(async () => {
          const { getDb } = await import('../../lib/db/client');
          const { migrate } = await import('../../lib/db/migrate');
          const db = getDb('batch'); // no statement timeout for migrations and COPY (lib/db/timeouts.ts)
          try {
            const applied = await migrate(db);
            console.log(
              applied.length ? `Applied ${applied.join(', ')} on ${db.kind}` : `Database (${db.kind}) is up to date`,
            );
            return 0;
          } finally {
            await db.close();
          }
        }),
      ),
};
