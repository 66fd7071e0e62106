import { execFileSync } from 'node:child_process';

/**
 * Helpers of `npm run bench:first-start`: which command the README tells a new user to run first, and how the
 * benchmark runs its install step without a network.
 */

/** The README's first command: the first line of its first ```bash block, without a trailing `# comment`. */
export function readmeFirstCommand(readme: string): string {
  const block = /```(?:bash|sh)\n([\s\S]*?)```/.exec(readme)?.[1];
  const line = block?.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'));
  if (!line) throw new Error('README.md has no ```bash block with a command in it');
  return line.replace(/\s+#.*$/, '').trim();
}

/** Why the benchmark runs `npm ci` where the README says `npm install` (printed with the results). */
export const INSTALL_SUBSTITUTE_WHY =
  'npm ci installs exactly the lockfile, as npm install does on a fresh clone with a lockfile, and --prefer-offline ' +
  'takes packages from the npm cache (this machine has no network); --no-audit --no-fund skip the registry calls';

/**
 * The README command as steps run one after another in the clone (`a && b`), with `npm install` replaced by
 * `npm ci --prefer-offline --no-audit --no-fund` (see INSTALL_SUBSTITUTE_WHY).
 */
export function firstStartSteps(command: string): { step: string; install: boolean }[] {
  return command
    .split('&&')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((step) =>
      /^npm (install|i)\b\s*$/.test(step)
        ? { step: 'npm ci --prefer-offline --no-audit --no-fund', install: true }
        : { step, install: false },
    );
}

export { processTree } from './process-tree';

/** `uptime`'s load averages, printed beside every figure (the machine may be shared). */
export function loadAverage(): string {
  return execFileSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average:\s*/, '');
}
