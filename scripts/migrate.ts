import { runAlias } from '../cli/main';

/** `npm run db:migrate`: alias of `taskshift migrate` (cli/commands/migrate.ts). */
await runAlias('migrate', 'npm run db:migrate --');
