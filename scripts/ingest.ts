import { runAlias } from '../cli/main';

/** `npm run ingest`: alias of `taskshift ingest` (cli/commands/ingest.ts). */
await runAlias('ingest', 'npm run ingest --');
