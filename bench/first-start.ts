import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../lib/env';
import { DEMO_PHASES, type DemoPhase, parsePhaseLine } from '../scripts/demo/phases';
import {
  firstStartSteps,
  INSTALL_SUBSTITUTE_WHY,
  loadAverage,
  processTree,
  readmeFirstCommand,
} from './first-start-lib';

/**
 * npm run bench:first-start [-- --ref HEAD --port 3199 --keep]: a new user's first start. Clones this repository's
 * commit into a temporary folder, runs the README's first command there (PGlite, no DATABASE_URL; the data
 * folder of this checkout as DATA_DIR, since ../shared/data is not beside a folder in /tmp) and times it until
 * the home page answers 200, printing each phase (install, migrate, ingest, score, build, ready), the total
 * against the 90 s target, and the RSS of every process the start command leaves running (target < 600 MB)
 * once a first visit of the main pages, a search and an export has been served.
 */
const { values } = parseArgs({
  options: {
    ref: { type: 'string', default: 'HEAD' },
    port: { type: 'string', default: '3199' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench:first-start [-- --ref COMMIT --port P --keep]\n  --ref   commit to clone (default HEAD; uncommitted changes are not in the clone)\n  --port  port of the started server (default 3199)\n  --keep  keep the temporary clone',
  );
  process.exit(0);
}
const TARGET_S = 90;
/** What a new user opens first; the serving RSS is measured after these. */
const FIRST_VISIT = [
  '/occupations/15-1252.00',
  '/occupations?q=nurse',
  '/api/occupations?q=java%20developer',
  '/employment',
  '/skills',
  '/indices',
  '/api/export/occupations.csv',
];
const SERVING_RSS_TARGET_MB = 600;
const dataDir = resolveDataDir();
if (!dataDir) throw new Error('no data folder found (DATA_DIR, data/raw, ../shared/data): the first start needs one');
const sha = execFileSync('git', ['rev-parse', values.ref]).toString().trim();
const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-first-start-'));
const log = createWriteStream(path.join(dir, '..', `${path.basename(dir)}.log`));
console.log(
  `bench:first-start: ${sha.slice(0, 10)} cloned into ${dir}; full output in ${log.path}; load ${loadAverage()}`,
);

execFileSync('git', ['clone', '--quiet', '--no-checkout', process.cwd(), dir]);
execFileSync('git', ['-C', dir, 'checkout', '--quiet', '--detach', sha]);
const command = readmeFirstCommand(readFileSync(path.join(dir, 'README.md'), 'utf8'));
const steps = firstStartSteps(command);
console.log(`README's first command: ${command}\nrun as: ${steps.map((s) => s.step).join(' && ')}`);
if (steps.some((s) => s.install)) console.log(`(${INSTALL_SUBSTITUTE_WHY})`);

const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: values.port, DATA_DIR: dataDir };
for (const name of ['DATABASE_URL', 'PGLITE_DIR', 'MODEL_VERSION', 'NODE_ENV', 'INIT_CWD']) delete childEnv[name]; // a new user's defaults
const phases = new Map<DemoPhase, { seconds: number; skipped: boolean }>();
const t0 = performance.now();
const elapsed = () => (performance.now() - t0) / 1000;
let installWarnings = 0;
let buildWarnings = 0; // Turbopack's count, from `next build` run by start:demo

let server: ReturnType<typeof spawn> | undefined;
let preparedAt: number | undefined; // when start:demo said its preparation ended
try {
  for (const [i, { step, install }] of steps.entries()) {
    const last = i === steps.length - 1;
    const started = elapsed();
    // Its own process group, so the server and everything it started are stopped together at the end.
    // exec: the shell becomes the step, so the process tree measured below is the start command's own.
    const child = spawn('sh', ['-c', `exec ${step}`], {
      cwd: dir,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        log.write(`${line}\n`);
        if (install && /^npm warn/.test(line)) {
          installWarnings++;
          console.log(`  [install] ${line}`);
        }
        const turbopack = /Turbopack build encountered (\d+) warnings?/.exec(line);
        if (turbopack) {
          buildWarnings = Number(turbopack[1]);
          console.log(`  [build] ${line}`);
        }
        const phase = parsePhaseLine(line);
        if (phase) {
          phases.set(phase.phase, phase);
          console.log(`  ${elapsed().toFixed(1).padStart(6)} s  ${line}`);
        }
        if (line.startsWith('[start:demo] prepared in')) preparedAt = elapsed();
      });
    }
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    if (!last) {
      const code = await exited;
      if (code !== 0) throw new Error(`\`${step}\` exited ${code}; see ${log.path}`);
      if (install) phases.set('install', { seconds: elapsed() - started, skipped: false });
      continue;
    }
    server = child;
    for (let done = false; !done; ) {
      if (child.exitCode !== null)
        throw new Error(`\`${step}\` exited ${child.exitCode} before the home page answered; see ${log.path}`);
      done = await fetch(`http://127.0.0.1:${values.port}/`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (!done) await new Promise((r) => setTimeout(r, 250));
    }
    phases.set('ready', { seconds: elapsed() - (preparedAt ?? started), skipped: false });
  }
  const total = elapsed();
  const installS = phases.get('install')?.seconds ?? 0;
  // The serving RSS is read after a first visit of the main pages, a search and an export, not after the home page alone.
  for (const page of FIRST_VISIT) {
    const started = performance.now();
    const status = await fetch(`http://127.0.0.1:${values.port}${page}`).then(
      async (r) => {
        await r.arrayBuffer(); // the whole answer, as a browser would read it
        return r.status;
      },
      () => 0,
    );
    console.log(`  first visit ${page}: ${status} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  await new Promise((r) => setTimeout(r, 2000)); // let the server settle after its first pages before reading RSS
  const tree = server?.pid ? processTree(server.pid) : [];
  const rss = tree.reduce((s, p) => s + p.rssMb, 0);
  console.log('\nphase     seconds');
  for (const phase of DEMO_PHASES) {
    const p = phases.get(phase);
    console.log(`${phase.padEnd(9)} ${p ? (p.skipped ? 'skipped' : p.seconds.toFixed(1).padStart(7)) : '      -'}`);
  }
  console.log('(build runs beside migrate, ingest and score, so the phases add up to more than the total)');
  console.log(`\nprocesses left running by \`${steps.at(-1)?.step}\`:`);
  for (const p of tree) console.log(`  ${p.rssMb.toFixed(0).padStart(5)} MB  ${p.pid}  ${p.command.slice(0, 110)}`);
  console.log(
    `serving RSS ${rss.toFixed(0)} MB (target < ${SERVING_RSS_TARGET_MB} MB: ${rss < SERVING_RSS_TARGET_MB ? 'met' : 'MISSED'})`,
  );
  console.log(`npm warnings during install: ${installWarnings}; Turbopack warnings during the build: ${buildWarnings}`);
  console.log(`first start without install ${(total - installS).toFixed(1)} s; with install ${total.toFixed(1)} s`);
  console.log(
    `total ${total.toFixed(1)} s = ${(total / TARGET_S).toFixed(2)}x the ${TARGET_S} s target (${total < TARGET_S ? 'met' : 'MISSED'}); load ${loadAverage()}`,
  );
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  log.end();
  await new Promise((r) => setTimeout(r, 1000)); // the server's exit, before its folder goes
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
