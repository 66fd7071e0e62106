import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm install` warns EBADENGINE when an installed package's engines.node excludes the Node running it. The
 * oldest Node the project states (package.json engines, README) must satisfy every package in the lockfile.
 */
type Version = [number, number, number];

const parts = (v: string): { version: Version; given: number } => {
  const nums = v
    .replace(/^v/, '')
    .split('.')
    .filter((p) => /^\d+$/.test(p))
    .map(Number);
  return { version: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0], given: nums.length };
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `v` satisfies one comparator of an npm range (>=, >, <, <=, ^, ~, x-ranges, exact, *). */
function satisfiesComparator(v: Version, comparator: string): boolean {
  const [, op = '', rest = ''] = /^(>=|<=|>|<|=|\^|~)?(.*)$/.exec(comparator) ?? [];
  if (rest === '' || rest === '*' || rest === 'x') return true;
  const { version: w, given } = parts(rest);
  const upper = (level: number): Version =>
    level === 0 ? [w[0] + 1, 0, 0] : level === 1 ? [w[0], w[1] + 1, 0] : [w[0], w[1], w[2] + 1];
  const within = (top: Version) => compare(v, w) >= 0 && compare(v, top) < 0;
  if (op === '>=') return compare(v, w) >= 0;
  if (op === '>') return compare(v, w) > 0;
  if (op === '<') return compare(v, w) < 0;
  if (op === '<=') return compare(v, w) <= 0;
  if (op === '^') return within(upper(w[0] > 0 ? 0 : w[1] > 0 ? 1 : 2));
  if (op === '~') return within(upper(given >= 2 ? 1 : 0));
  return within(upper(Math.min(given, 3) - 1)); // "10.*" or "10" is [10, 11); "1.2.3" is exactly it
}

/** Whether a version satisfies an npm engines range such as "^20.19.0 || >=22.12.0" or ">= 10.x". */
function satisfies(version: string, range: string): boolean {
  const v = parts(version).version;
  return range.split('||').some((alt) =>
    alt
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => satisfiesComparator(v, c)),
  );
}

describe('Node version the project states', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
  const minimum = /^>=\s*(\d+\.\d+(?:\.\d+)?)$/.exec(pkg.engines.node)?.[1] ?? '';

  it('reads engines ranges as npm does', () => {
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.9.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '>=22.0.0')).toBe(false);
    expect(satisfies('20.19.0', '>= 10.x')).toBe(true);
    expect(satisfies('20.19.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies('20.19.0', '10.* || 12.*')).toBe(false);
    expect(satisfies('20.19.0', '^20.12||^22||>=24')).toBe(true);
    expect(satisfies('20.19.0', '^14.17.0 || ^16.13.0')).toBe(false);
  });

  it('is a plain lower bound that the README states too', () => {
    expect(minimum).not.toBe('');
    expect(readFileSync('README.md', 'utf8')).toContain(`on Node ${minimum}+`);
  });

  it('satisfies the engines of every package in the lockfile (no EBADENGINE on install)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { engines?: unknown }>;
    };
    const excluded = Object.entries(lock.packages)
      .map(([name, p]) => [name, (p.engines as { node?: string } | undefined)?.node] as const)
      .filter(([, range]) => typeof range === 'string' && !satisfies(minimum, range));
    expect(excluded).toEqual([]);
  });
});
