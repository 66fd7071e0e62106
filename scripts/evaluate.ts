import { runAlias } from '../cli/main';

/** `npm run evaluate`: alias of `taskshift evaluate` (cli/commands/evaluate.ts). */
await runAlias('evaluate', 'npm run evaluate --');
