import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram, execute } from '@/cli/main';
import { commands } from '@/cli/commands';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Runs a command line from the repository root as a user would (no DATABASE_URL: nothing here may touch a database). */
function sh(cmd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: 'memory' };
  delete env.DATABASE_URL;
  return spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8' });
}

/** Runs the in-process program on argv, capturing what commander writes; resolves to the exit code and output. */
async function inProcess(argv: string[]) {
  const program = buildProgram();
  let out = '';
  let err = '';
  const writeOut = (s: string) => {
    out += s;
  };
  const writeErr = (s: string) => {
    err += s;
  };
  for (const cmd of [program, ...program.commands]) cmd.configureOutput({ writeOut, writeErr });
  const code = await execute(program, argv);
  return { code, out, err };
}

describe('taskshift CLI', () => {
  it('`npx taskshift --help` lists every subcommand and the exit codes, exit 0', () => {
    const run = sh('npx', ['--no-install', 'taskshift', '--help']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Usage: taskshift \[options\] \[command\]/);
    for (const c of commands) expect(run.stdout).toMatch(new RegExp(`\\n  ${c.name} `));
    expect(run.stdout).toMatch(/Exit codes: 0 done, 1 the work failed .*, 2 bad arguments/);
  });

  it('`npx taskshift ingest --help` and `npm run export -- --help` print their usage, exit 0', () => {
    const ingest = sh('npx', ['--no-install', 'taskshift', 'ingest', '--help']);
    expect(ingest.status, ingest.stderr).toBe(0);
    expect(ingest.stdout).toMatch(/^Usage: taskshift ingest \[options\]/);
    expect(ingest.stdout).toMatch(/--skip-invalid +load the valid rows/);
    const exported = sh('npm', ['run', '-s', 'export', '--', '--help']);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Usage: npm run -s export -- \[options\] <view>/);
  });

  it('an unknown option exits 2 with a one-line error, before any work', () => {
    const run = sh(process.execPath, [path.join('bin', 'taskshift.mjs'), 'score', '--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("error: unknown option '--bogus'\n");
    expect(run.stdout).toBe('');
  });

  it.each(commands.map((c) => c.name))(
    '`taskshift %s --help` lists its options with defaults and examples',
    async (name) => {
      const { code, out } = await inProcess([name, '--help']);
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: taskshift ${name} `));
      expect(out).toMatch(/\nOptions:\n(.*\n)* {2}-h, --help/);
      expect(out).toMatch(/\nExamples:\n {2}\$ /);
    },
  );

  it('defaults show in help: --top 10 for export, models/ for score, full for train', async () => {
    expect((await inProcess(['export', '--help'])).out).toMatch(/--top <n> .*\(default: "10"\)/);
    expect((await inProcess(['score', '--help'])).out).toMatch(/--dir <dir> .*\(default: models\/\)/);
    expect((await inProcess(['train', '--help'])).out).toMatch(/--config <name> .*default: "full"/);
  });

  it('bad values, an unknown command and no command exit 2 with a one-line error', async () => {
    for (const argv of [
      ['train', '--config', 'huge'],
      ['export', 'similar', '--top', '0'],
      ['frobnicate'],
      ['evaluate-similarity', '--top', 'x'],
    ]) {
      const run = await inProcess(argv);
      expect(run.code, argv.join(' ')).toBe(2);
    }
    const none = await inProcess([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Usage: taskshift/);
  });
});
