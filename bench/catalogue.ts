import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTitleMatcher } from '../lib/api/catalogue-matcher';
import { getDb } from '../lib/db/client';
import { confirmCatalogue, deleteCatalogue } from '../lib/db/job-catalogues';
import { currentOccupationCodes, fetchCatalogueReport } from '../lib/db/queries/job-catalogue-report';
import { stageCatalogue } from '../lib/ingest/catalogue/stage';

const HELP = `npm run bench:catalogue [-- --rows 50000 --baseline 5000]

With the database of DATABASE_URL (real data loaded and scored): builds a catalogue of --rows job rows
from the 20 titles of tests/fixtures/catalogue/jobs.csv, each with a level and one of 125 sites (up to 10,000
distinct titles, as a real catalogue repeats titles across sites; 40 departments), then times
upload parsing + validation + title coding + storage (stageCatalogue), confirm and the full report
(fetchCatalogueReport), and the process's peak RSS. A --baseline-row catalogue runs first in the same
process as the baseline; the ratio shows how the pipeline scales. Both catalogues are deleted after.
Targets: 50,000 rows to a ready report in < 60 s, peak RSS < 1 GB.`;

const { values } = parseArgs({
  options: { rows: { type: 'string' }, baseline: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const ROWS = Number(values.rows ?? 50_000);
const BASELINE = Number(values.baseline ?? 5_000);

/** A synthetic catalogue: the fixture's titles with a numbered suffix, spread over 40 departments. */
function catalogueCsv(rows: number): Uint8Array {
  const lines = readFileSync(path.join(process.cwd(), 'tests/fixtures/catalogue/jobs.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const titles = lines.map((l) => l.split(',')[1]!);
  const out = ['Job ID,Job Title,Department,Headcount'];
  const levels = ['', 'II', 'III', 'Lead'];
  for (let i = 0; i < rows; i++) {
    const distinct = i % 10_000;
    const title = `${titles[distinct % titles.length]} ${levels[Math.floor(distinct / titles.length) % levels.length]} - Site ${Math.floor(distinct / (titles.length * levels.length))}`;
    out.push(`J-${i},${title.replace(/\s+/g, ' ')},Dept ${i % 40},${1 + (i % 9)}`);
  }
  return new TextEncoder().encode(`${out.join('\r\n')}\r\n`);
}

async function run(rows: number) {
  const db = getDb('batch');
  const occupations = new Set((await currentOccupationCodes(db)).keys());
  const bytes = catalogueCsv(rows);
  let matchMs = 0;
  const timedMatcher: typeof defaultTitleMatcher = async (inputs) => {
    const started = performance.now();
    const out = await defaultTitleMatcher(inputs);
    matchMs += performance.now() - started;
    return out;
  };
  await defaultTitleMatcher([{ title: 'warm-up', description: null }]); // the coder loads once per process, not per upload
  const t0 = performance.now();
  const staged = await stageCatalogue(db, { bytes, name: `bench-${rows}.csv` }, occupations, timedMatcher);
  if (!staged.ok) throw new Error(JSON.stringify(staged.errors.slice(0, 3)));
  const t1 = performance.now();
  await confirmCatalogue(db, staged.catalogue.id);
  const report = await fetchCatalogueReport(staged.catalogue.id, db);
  const t2 = performance.now();
  await deleteCatalogue(db, staged.catalogue.id);
  const matched = report!.jobs.filter((j) => j.code !== null).length;
  return {
    rows,
    mb: bytes.length / 1048576,
    matchS: matchMs / 1000,
    stageS: (t1 - t0) / 1000,
    reportS: (t2 - t1) / 1000,
    totalS: (t2 - t0) / 1000,
    matched,
  };
}

const baseline = await run(BASELINE);
const full = await run(ROWS);
const peakMb = process.resourceUsage().maxRSS / 1024;
for (const r of [baseline, full]) {
  console.log(
    `${r.rows.toLocaleString('en-US')} rows (${r.mb.toFixed(1)} MB): stage ${r.stageS.toFixed(1)} s (title coding ${r.matchS.toFixed(1)} s), report ${r.reportS.toFixed(1)} s, total ${r.totalS.toFixed(1)} s, ${r.matched} jobs coded`,
  );
}
console.log(
  `ratio ${ROWS}/${BASELINE} rows: ${(full.totalS / baseline.totalS).toFixed(1)}x time for ${(ROWS / BASELINE).toFixed(0)}x rows; peak RSS ${peakMb.toFixed(0)} MB`,
);
console.log(
  `summary: ${ROWS} rows to a ready report in ${full.totalS.toFixed(1)} s (target < 60 s), peak RSS ${peakMb.toFixed(0)} MB (target < 1024 MB)`,
);
await getDb().close();
