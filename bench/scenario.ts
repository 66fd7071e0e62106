import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { normalDraws } from '../lib/analytics/scenario/draws';
import { PRESETS } from '../lib/analytics/scenario/inputs';
import { drawExposures, type ExposureDraws, simulate } from '../lib/analytics/scenario/simulate';
import { getDb } from '../lib/db/client';
import { fetchScenarioBasis, SCENARIO_DRAWS } from '../lib/db/queries/scenarios';

const HELP = `npm run bench:scenario [-- --runs 30]

Loads the scenario's basis (BLS projection, current model scores, OEWS industry cells) from the
database of DATABASE_URL (real data), once, as the server does per data stamp. Then recomputes every
preset for all occupations, sectors and major groups --runs times with ${SCENARIO_DRAWS} Monte Carlo draws and,
as the baseline in the same run, with 1 draw. Prints the median and p95 per recomputation, their
ratio and the load average (the machine may be shared). Target: under 200 ms with ${SCENARIO_DRAWS} draws.`;

const { values } = parseArgs({ options: { runs: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const runs = Number(values.runs ?? 30);
if (!Number.isInteger(runs) || runs < 1 || runs > 1000) throw new Error('--runs: a whole number from 1 to 1000');

const db = getDb('batch');
const t0 = performance.now();
const basis = await fetchScenarioBasis(db);
const loadMs = performance.now() - t0;
if (basis.occupations.length === 0)
  throw new Error(
    'No scored, projected occupations: load the data and score a model first (npm run ingest, npm run score)',
  );
console.log(
  `basis: ${basis.occupations.length} occupations, ${basis.sectors.length} sectors, model ${basis.modelVersion}; loaded in ${loadMs.toFixed(0)} ms (once per data stamp)`,
);

/** Median and p95 of `runs` recomputations of every preset with `draws` draws (ms per recomputation). */
function time(draws: ExposureDraws): { p50: number; p95: number } {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const p of PRESETS) {
      const t = performance.now();
      simulate(basis.occupations, basis.sectors, draws, p.inputs);
      times.push(performance.now() - t);
    }
    if ((r + 1) % 10 === 0) process.stderr.write(`  ${draws.n} draw(s): ${r + 1}/${runs} runs\n`);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]! };
}

time(basis.draws); // warm the JIT, as a running server would be
const one = time(drawExposures(basis.occupations, normalDraws(1)));
const full = time(basis.draws);
const load = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
console.log(`1 draw (baseline): p50 ${one.p50.toFixed(1)} ms, p95 ${one.p95.toFixed(1)} ms`);
console.log(
  `${SCENARIO_DRAWS} draws: p50 ${full.p50.toFixed(1)} ms, p95 ${full.p95.toFixed(1)} ms (${(full.p50 / one.p50).toFixed(1)}× the 1-draw baseline)`,
);
console.log(
  `summary: ${SCENARIO_DRAWS}-draw scenario p50 ${full.p50.toFixed(1)} ms (target < 200 ms) ${full.p50 < 200 ? 'OK' : 'OVER'}; load average ${load}`,
);
await db.close();
