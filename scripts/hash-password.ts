import { runAlias } from '../cli/main';

/** `npx tsx scripts/hash-password.ts`: alias of `taskshift hash-password` (cli/commands/hash-password.ts). */
await runAlias('hash-password', 'npx tsx scripts/hash-password.ts');
