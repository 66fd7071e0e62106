import { runAlias } from '../cli/main';

/** `npm run score`: alias of `taskshift score` (cli/commands/score.ts). */
await runAlias('score', 'npm run score --');
