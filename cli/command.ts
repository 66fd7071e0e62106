import type { Command, CommanderError } from 'commander';
import { z } from 'zod';

/** Exit codes every `taskshift` command keeps (README "Command line"). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A model artifact's folder name under models/ (--version of train, score and evaluate). */
export const modelVersionOption = z
  .string()
  .regex(/^[A-Za-z0-9._-]+$/, 'a folder name such as full-s42-1a2b3c4d')
  .optional();

/** Bad arguments: reported on one line, exit 2, before any work starts. */
export class UsageError extends Error {}

/** One subcommand: its name and a factory for a fresh commander Command (options, help, action). */
export interface CliCommand {
  name: string;
  create: () => Command;
}

/** Validates commander's option values with zod at the boundary; a failure is a UsageError naming each bad option. */
export function parseOptions<S extends z.ZodType>(schema: S, values: unknown): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new UsageError(
    parsed.error.issues.map((i) => `${i.path.length ? `--${i.path.join('.')}` : 'arguments'}: ${i.message}`).join('; '),
  );
}

/** Makes `run`'s resolved number the process exit code (commander discards an action's result). */
export function exitCodeOf<A extends unknown[]>(run: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    process.exitCode = await run(...args);
  };
}

/** Collects a repeatable option (`--source a --source b`) into an array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Examples shown at the end of a command's --help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/**
 * Same behaviour on every command: errors on one line (commander's "Did you mean" joins it), no process.exit
 * inside commander (the caller maps CommanderError to an exit code), no wrapping of help past 100 columns.
 */
export function configureCommon(cmd: Command): Command {
  cmd
    .exitOverride((err: CommanderError) => {
      throw err;
    })
    .configureOutput({ outputError: (str, write) => write(`${str.trim().replace(/\s*\n\s*/g, ' ')}\n`) })
    .configureHelp({ helpWidth: 100, showGlobalOptions: false });
  for (const sub of cmd.commands) configureCommon(sub);
  return cmd;
}
