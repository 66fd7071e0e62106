import { runAlias } from '../cli/main';

/** `npm run data:fetch`: alias of `taskshift fetch` (cli/commands/fetch.ts). */
await runAlias('fetch', 'npm run data:fetch --');
