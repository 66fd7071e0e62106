import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const HELP = `npm run bench:upload -- --url http://127.0.0.1:PORT --token ADMIN_TOKEN [--pid SERVER_PID] [--mb 16]

Against a running server (next start): uploads a plain CSV of --mb MB (the baseline) and one of the
same size holding a single field of escaped quotes, while pinging /api/health every 100 ms, and prints
each upload's time and the slowest health answer meanwhile (a blocked server shows here). Then sends
a 1 GB chunked upload without Content-Length and prints how fast it is refused and, with --pid, the
server's resident memory before and after.`;

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    pid: { type: 'string' },
    mb: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values.url || !values.token) {
  console.log(HELP);
  process.exit(values.help ? 0 : 2);
}
const base = values.url.replace(/\/$/, '');
const auth = { authorization: `Bearer ${values.token}` };
const mb = Number(values.mb ?? 16);
const MB = 1024 * 1024;
const HEADER = 'index_name,code_system,code,value,year,label\n';

/** Resident memory of the server process in MB (ps), when --pid is given. */
const rssMb = () =>
  values.pid ? Number(execFileSync('ps', ['-o', 'rss=', '-p', values.pid]).toString().trim()) / 1024 : NaN;

/** Pings /api/health every 100 ms until stopped; returns the slowest answer (ms) and failures. */
function healthWatch() {
  let slowest = 0;
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.status < 500,
        () => false,
      );
      slowest = Math.max(slowest, performance.now() - started);
      if (!ok) failures++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { slowest, failures };
  };
}

/** Uploads `csv` as a custom index; returns status, seconds and the health watch meanwhile. */
async function upload(name: string, csv: string) {
  const form = new FormData();
  form.set('kind', 'custom-index');
  form.set('indexName', name);
  form.set('file', new File([csv], `${name}.csv`, { type: 'text/csv' }));
  const stop = healthWatch();
  const started = performance.now();
  const res = await fetch(`${base}/api/admin/uploads`, { method: 'POST', body: form, headers: auth });
  const body = (await res.json()) as {
    upload?: { rowsValid: number; errors: { reason: string }[] };
    errors?: { reason: string }[];
  };
  const seconds = (performance.now() - started) / 1000;
  const health = await stop();
  const note = body.upload
    ? `${body.upload.rowsValid} valid${body.upload.errors[0] ? `, "${body.upload.errors[0].reason.slice(0, 50)}…"` : ''}`
    : body.errors?.[0]?.reason;
  return { status: res.status, seconds, health, note };
}

const plain = () => {
  const rows = [HEADER];
  for (let i = 0, size = HEADER.length; size < mb * MB; i++) {
    const year = 1900 + (Math.floor(i / 9000) % 200); // unique (code, year) keys
    size += rows[rows.push(`bench_plain,isco08,${1000 + (i % 9000)},0.5,${year},"Label ${i}"\n`) - 1]!.length;
  }
  return rows.join('');
};
const quotes = () => `${HEADER}bench_quotes,isco08,2512,0.5,2024,"${'""'.repeat((mb * MB) / 2)}"\n`;

console.log(`Upload benchmark against ${base} (${mb} MB files)`);
const idle = healthWatch();
await new Promise((r) => setTimeout(r, 3000));
const quiet = await idle();
console.log(
  `  no upload (baseline)  slowest /api/health over 3 s ${quiet.slowest.toFixed(0)} ms, ${quiet.failures} failed`,
);
for (const [label, name, csv] of [
  ['plain CSV (baseline)', 'bench_plain', plain()],
  ['escaped quotes', 'bench_quotes', quotes()],
] as const) {
  const r = await upload(name, csv);
  console.log(
    `  ${label.padEnd(20)} ${r.status} in ${r.seconds.toFixed(2)} s; slowest /api/health meanwhile ${r.health.slowest.toFixed(0)} ms, ${r.health.failures} failed (${r.note})`,
  );
}

let sent = 0;
const chunk = new Uint8Array(MB).fill(0x61);
const head = new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\n');
const body = new ReadableStream<Uint8Array>({
  pull(controller) {
    if (sent === 0) controller.enqueue(head);
    if (sent >= 1024 * MB) return controller.close();
    sent += chunk.byteLength;
    controller.enqueue(chunk);
  },
});
const rssBefore = rssMb();
const started = performance.now();
const res = await fetch(`${base}/api/admin/uploads`, {
  method: 'POST',
  body,
  headers: { ...auth, 'content-type': 'multipart/form-data; boundary=b' },
  duplex: 'half',
} as RequestInit).catch((err: Error) => ({ status: `error (${err.message})` }));
const seconds = (performance.now() - started) / 1000;
console.log(
  `  1 GB chunked upload : ${res.status} after ${seconds.toFixed(2)} s, ${(sent / MB).toFixed(0)} MB sent; server RSS ${rssBefore.toFixed(0)} -> ${rssMb().toFixed(0)} MB`,
);
