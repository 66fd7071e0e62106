import { runAlias } from '../cli/main';

/** `npm run match`: alias of `taskshift match` (cli/commands/match.ts). */
await runAlias('match', 'npm run match --');
