import { Command, CommanderError } from 'commander';
import { configureCommon, EXIT, UsageError, type CliCommand } from './command';
import { commands } from './commands';

/** The `taskshift` program: every registered subcommand under one bin (bin/taskshift.mjs). */
export function buildProgram(): Command {
  const program = new Command('taskshift')
    .description('Taskshift data, model and export tasks, one subcommand each.')
    .helpCommand(true)
    .addHelpText(
      'after',
      `
Exit codes: 0 done, 1 the work failed (a file, the database, a missing model), 2 bad arguments.
Reads DATABASE_URL (else the embedded PGlite database) and the other settings in lib/env.ts.

Examples:
  $ npx taskshift ingest --dir ../shared/data
  $ npx taskshift train --config tiny && npx taskshift score
  $ npx taskshift export occupations > occupations.csv
  $ npx taskshift <command> --help`,
    );
  for (const c of commands) program.addCommand(c.create());
  return configureCommon(program);
}

/** Runs `cmd` on `argv` (user arguments) and resolves to the exit code: 2 for bad arguments, 1 for failed work, else the action's own. */
export async function execute(cmd: Command, argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await cmd.parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage; // commander already printed it
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message} (see --help)\n`);
      return EXIT.usage;
    }
    process.stderr.write(`error: ${(err as Error).message ?? String(err)}\n`);
    return EXIT.failed;
  }
}

/** `npx taskshift <command> [options]`: runs and exits with the documented code. */
export async function runCli(argv: string[]): Promise<never> {
  process.exit(await execute(buildProgram(), argv));
}

/** `npm run <script>`: the same command module, its usage line naming how it was started (`usageName`, e.g. "npm run ingest --"). */
export async function runAlias(name: string, usageName: string): Promise<never> {
  const found: CliCommand | undefined = commands.find((c) => c.name === name);
  if (!found) throw new Error(`no taskshift command "${name}"`);
  const cmd = configureCommon(found.create().name(usageName));
  process.exit(await execute(cmd, process.argv.slice(2)));
}

/** Only when run directly (`tsx cli/main.ts ...`), not when imported by an alias or a test. */
if (process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1])) await runCli(process.argv.slice(2));
