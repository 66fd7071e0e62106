import { runAlias } from '../cli/main';

/** `npm run export`: alias of `taskshift export` (cli/commands/export.ts). */
await runAlias('export', 'npm run -s export --');
