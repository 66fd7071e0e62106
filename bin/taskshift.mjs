#!/usr/bin/env -S node --max-semi-space-size=32
// `npx taskshift ...` from the repository: loads the TypeScript CLI (cli/main.ts) through tsx, in this process.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
register({ tsconfig: path.join(root, 'tsconfig.json') });
const { runCli } = await import(pathToFileURL(path.join(root, 'cli', 'main.ts')).href);
await runCli(process.argv.slice(2));
