import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { csvLine } from '../lib/export/csv';
import { rng } from '../lib/models/random';
import { listTitleCoders, rebuildTrainingData, type TrainingDataFingerprint } from '../lib/models/titles/artifact';

const program = new Command('bench:match')
  .description(
    'Codes N generated HR-style titles through `npm run match` (no exposure lookup), first with the TF-IDF retriever alone ' +
      '(the baseline path), then with the full coder (network + TF-IDF blend); prints titles/s of each and the ratio.',
  )
  .option('--titles <n>', 'how many titles', (v) => Number.parseInt(v, 10), 10_000)
  .parse();
const { titles: count } = program.opts<{ titles: number }>();
const [version] = listTitleCoders();
if (!version) throw new Error('no title-coder artifact under models/: run `npm run train:titles`');
const modelDir = path.join(process.cwd(), 'models', version);

// Titles as HR systems write them: known titles with seniority, levels, locations and shifts added (seeded).
// The coder's training titles, rebuilt from the O*NET files (the artifact holds only their fingerprint).
const manifest = JSON.parse(readFileSync(path.join(modelDir, 'coder.json'), 'utf8')) as {
  extra: { trainingData: TrainingDataFingerprint };
};
const known = rebuildTrainingData(manifest.extra.trainingData).retrieverRows;
const random = rng(2026);
const decorate = [
  (t: string) => t,
  (t: string) => `Sr. ${t}`,
  (t: string) => `${t} II`,
  (t: string) => `${t} - Remote`,
  (t: string) => `${t} (Night Shift)`,
  (t: string) => `Jr ${t} Level 2`,
];
const lines = [csvLine(['id', 'title'])];
for (let i = 0; i < count; i++)
  lines.push(
    csvLine([i, decorate[Math.floor(random() * decorate.length)]!(known[Math.floor(random() * known.length)]![1])]),
  );
const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-bench-match-'));
const input = path.join(dir, 'jobs.csv');
writeFileSync(input, lines.join(''));

/** Runs the CLI and reads its summary line's coding rate. */
function run(extra: string[]): { rate: number; wall: number; summary: string } {
  const started = Date.now();
  const res = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/match.ts',
      '--in',
      input,
      '--out',
      path.join(dir, 'out.csv'),
      '--model',
      modelDir,
      '--no-exposure',
      ...extra,
    ],
    { encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`match failed: ${res.stderr}`);
  const summary = res.stderr.trim().split('\n').pop() ?? '';
  const rate = Number(/\((\d+) titles\/s\)/.exec(summary)?.[1] ?? NaN);
  return { rate, wall: (Date.now() - started) / 1000, summary };
}

try {
  const baseline = run(['--lexical-only']);
  const coder = run([]);
  console.log(`TF-IDF only (baseline): ${baseline.rate} titles/s coding, ${baseline.wall.toFixed(1)} s end to end`);
  console.log(`title coder (network + TF-IDF): ${coder.rate} titles/s coding, ${coder.wall.toFixed(1)} s end to end`);
  console.log(
    `bench:match ${count} titles with ${version}: coder ${coder.rate} titles/s = ${(coder.rate / baseline.rate).toFixed(2)}× the TF-IDF-only path ` +
      `(${baseline.rate} titles/s); target ≥ 1,000 titles/s ${coder.rate >= 1000 ? 'met' : 'MISSED'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
