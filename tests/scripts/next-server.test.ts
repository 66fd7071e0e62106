import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { nextStartArgs, SERVER_HEAP_MB, serverNodeFlags } from '@/scripts/next-server';

function scripts(): Record<string, string> {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
}

describe('production server start', () => {
  it('gives Node a heap limit it accepts and applies', () => {
    const probe = spawnSync(
      process.execPath,
      [...serverNodeFlags(), '-e', 'console.log(require("node:v8").getHeapStatistics().heap_size_limit)'],
      { encoding: 'utf8' },
    );
    expect(probe.status, probe.stderr).toBe(0);
    const limitMb = Number(probe.stdout.trim()) / 2 ** 20;
    // heap_size_limit is the old space plus the young generation (a few tens of MB).
    expect(limitMb).toBeGreaterThanOrEqual(SERVER_HEAP_MB);
    expect(limitMb).toBeLessThan(SERVER_HEAP_MB + 200);
  });

  it('puts the Node flags before the next binary, so they reach Node and not next', () => {
    const args = nextStartArgs(3977, '127.0.0.1');
    const bin = args.indexOf('node_modules/next/dist/bin/next');
    expect(bin).toBe(serverNodeFlags().length);
    expect(args.slice(0, bin)).toEqual(serverNodeFlags());
    expect(args.slice(bin + 1)).toEqual(['start', '-p', '3977', '-H', '127.0.0.1']);
    expect(nextStartArgs('3000')).not.toContain('-H');
  });

  it('is how the HTTP benches (bench:load, bench:match-api) start the server', () => {
    for (const file of ['bench/load-lib.ts']) {
      const src = readFileSync(file, 'utf8');
      expect(src, file).toMatch(/process\.execPath, nextStartArgs\(/);
      expect(src, file).not.toMatch(/'next', 'start'|next\/dist\/bin\/next', 'start'/);
    }
    for (const file of ['bench/load.ts', 'bench/match-api.ts']) {
      const src = readFileSync(file, 'utf8');
      expect(src, file).toMatch(/startNextServer\(/);
      expect(src, file).not.toMatch(/nextStartArgs|'next', 'start'|next\/dist\/bin\/next', 'start'/);
    }
  });

  it('is what start:demo execs after preparing, on PORT and LISTEN_HOST with their lib/env defaults', () => {
    const demo = scripts()['start:demo'] ?? '';
    const [prepare, serve = ''] = demo.split(' && ');
    expect(prepare).toBe('tsx scripts/prepare-demo.ts');
    // exec: the shell npm runs the script in becomes next-server, so nothing else stays alive beside it.
    expect(serve.startsWith('exec node ')).toBe(true);
    const defaults = parseEnv({});
    for (const [vars, port, host] of [
      [{}, defaults.PORT, defaults.LISTEN_HOST],
      [{ PORT: '3977', LISTEN_HOST: '0.0.0.0' }, 3977, '0.0.0.0'],
    ] as const) {
      // The shell's expansion of the command's arguments, printed one a line instead of run.
      const shown = spawnSync('sh', ['-c', serve.replace(/^exec node /, "printf '%s\\n' ")], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, NODE_ENV: 'test', ...vars },
      });
      expect(shown.status, shown.stderr).toBe(0);
      expect(shown.stdout.trimEnd().split('\n')).toEqual(nextStartArgs(port, host));
    }
  });

  it('is how `npm start` starts the server too', () => {
    expect(scripts().start).toBe(`node ${serverNodeFlags().join(' ')} node_modules/next/dist/bin/next start`);
  });
});
