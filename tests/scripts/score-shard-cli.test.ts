import { describe, expect, it, vi } from 'vitest';
import { buildProgram, execute } from '@/cli/main';

/**
 * Runs the in-process program on argv (validation fails before any work); resolves to the exit code and what
 * went to stderr (zod's usage errors are written there by cli/main.ts).
 */
async function inProcess(argv: string[]) {
  const program = buildProgram();
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await execute(program, argv), err };
  } finally {
    spy.mockRestore();
  }
}

describe('taskshift score / match --shard and --workers validation', () => {
  it.each([
    [['score', '--shard', '0/4'], /--shard.*at least 1/],
    [['score', '--shard', '5/4'], /--shard: i must be at most n/],
    [['score', '--shard', '2of4'], /--shard: expected i\/n/],
    [['score', '--workers', '0'], /--workers: at least 1/],
    [['match', '--in', 'x.csv', '--shard', '3/2'], /--shard: i must be at most n/],
  ])('%j exits 2 with one line naming the option', async (argv, message) => {
    const run = await inProcess(argv);
    expect(run.code).toBe(2);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toMatch(message);
  });

  it('--help documents --shard with an example', () => {
    for (const name of ['score', 'match']) {
      const command = buildProgram().commands.find((c) => c.name() === name)!;
      let help = '';
      command.configureOutput({ writeOut: (s) => (help += s) });
      command.outputHelp();
      expect(help).toMatch(/--shard <i\/n>/);
      expect(help).toMatch(/\$ .*--shard 2\/4/);
    }
  });
});
