import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INGEST_NODE_FLAGS } from '../../scripts/demo/child';

/**
 * The ingest allocates short-lived rows fast; with V8's default 16 MB semi-space its scavenges copied
 * whole parsed chunks and took ~1-2 s of a 5 s ingest. Every way users run it (npm run ingest, npm run
 * taskshift, the taskshift bin) and bench:ingest pass the same --max-semi-space-size, so the benchmark
 * measures the ingest as it is run.
 */
const root = path.join(__dirname, '..', '..');
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const SEMI_SPACE = /--max-semi-space-size=(\d+)/;

const flagOf = (command: string | undefined) => SEMI_SPACE.exec(command ?? '')?.[1];

describe('node flags of the ingest entry points', () => {
  it('npm run ingest sets a semi-space larger than the 16 MB default', () => {
    expect(Number(flagOf(scripts.ingest))).toBeGreaterThan(16);
  });

  it('bench:ingest, npm run taskshift and the taskshift bin run with the same flag as npm run ingest', () => {
    const shebang = readFileSync(path.join(root, 'bin', 'taskshift.mjs'), 'utf8').split('\n')[0];
    const flag = flagOf(scripts.ingest);
    expect(flagOf(scripts['bench:ingest'])).toBe(flag);
    expect(flagOf(scripts.taskshift)).toBe(flag);
    expect(flagOf(shebang)).toBe(flag);
  });

  it("start:demo's first-start ingest runs with the same flag as npm run ingest", () => {
    expect(flagOf(INGEST_NODE_FLAGS.join(' '))).toBe(flagOf(scripts.ingest));
  });
});
