import { runAlias } from '../cli/main';

/** `npm run train:titles`: alias of `taskshift train-titles` (cli/commands/train-titles.ts). */
await runAlias('train-titles', 'npm run train:titles --');
