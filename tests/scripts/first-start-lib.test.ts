import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstStartSteps, processTree, readmeFirstCommand } from '@/bench/first-start-lib';

describe('bench:first-start', () => {
  it("times the README's first command, read from its first bash block without the comment", () => {
    const readme =
      '# X\n\nText `npm test`.\n\n```bash\nnpm install && npm run start:demo   # installs\nnpm test\n```\n\n```bash\nnpm run other\n```\n';
    expect(readmeFirstCommand(readme)).toBe('npm install && npm run start:demo');
    expect(() => readmeFirstCommand('no code here')).toThrow(/no ```bash block/);
    // The project's own README: the command a new user runs first starts the demo.
    expect(readmeFirstCommand(readFileSync('README.md', 'utf8'))).toMatch(/npm run start:demo$/);
  });

  it('runs npm install as npm ci from the cache and keeps every other step as written', () => {
    expect(firstStartSteps('npm install && npm run start:demo')).toEqual([
      { step: 'npm ci --prefer-offline --no-audit --no-fund', install: true },
      { step: 'npm run start:demo', install: false },
    ]);
    expect(firstStartSteps('npm install left-pad && npm start')[0]).toEqual({
      step: 'npm install left-pad',
      install: false,
    });
  });

  it('lists a process and its children with their memory', () => {
    const tree = processTree(process.pid);
    expect(tree.map((p) => p.pid)).toContain(process.pid);
    expect(tree.find((p) => p.pid === process.pid)?.rssMb).toBeGreaterThan(10);
  });
});
