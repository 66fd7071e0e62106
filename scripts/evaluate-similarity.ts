import { runAlias } from '../cli/main';

/** `npm run evaluate:similarity`: alias of `taskshift evaluate-similarity` (cli/commands/evaluate-similarity.ts). */
await runAlias('evaluate-similarity', 'npm run evaluate:similarity --');
