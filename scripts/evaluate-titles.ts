import { runAlias } from '../cli/main';

/** `npm run evaluate:titles`: alias of `taskshift evaluate-titles` (cli/commands/evaluate-titles.ts). */
await runAlias('evaluate-titles', 'npm run evaluate:titles --');
