import { runAlias } from '../cli/main';

/** `npm run train`: alias of `taskshift train` (cli/commands/train.ts). */
await runAlias('train', 'npm run train --');
