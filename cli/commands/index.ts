import type { CliCommand } from '../command';
import { evaluateCommand } from './evaluate';
import { evaluateSimilarityCommand } from './evaluate-similarity';
import { evaluateTitlesCommand } from './evaluate-titles';
import { exportCommand } from './export';
import { fetchCommand } from './fetch';
import { hashPasswordCommand } from './hash-password';
import { ingestCommand } from './ingest';
import { matchCommand } from './match';
import { migrateCommand } from './migrate';
import { scoreCommand } from './score';
import { trainCommand } from './train';
import { trainTitlesCommand } from './train-titles';

/**
 * Every `taskshift` subcommand, in help order. A new one is a module under cli/commands exporting a CliCommand
 * (options, help, action) plus one line here; an `npm run` alias is `await runAlias(name, script)` in scripts/.
 */
export const commands: CliCommand[] = [
  fetchCommand,
  migrateCommand,
  ingestCommand,
  trainCommand,
  scoreCommand,
  evaluateCommand,
  evaluateSimilarityCommand,
  exportCommand,
  trainTitlesCommand,
  evaluateTitlesCommand,
  matchCommand,
  hashPasswordCommand,
];
