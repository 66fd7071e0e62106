import { Command } from 'commander';
import { loadavg } from 'node:os';
import type { AuthConfig } from '../lib/auth/config';
import { handleLogin } from '../lib/auth/login';
import { hashPassword } from '../lib/auth/password';
import { LoginRateLimiter } from '../lib/auth/rate-limit';
import { RevokedSessions } from '../lib/auth/revocation';

/**
 * npm run bench:login — the sign-in handler in-process with ADMIN_PASSWORD_HASH set (scrypt):
 * how long the real admin waits while N wrong guesses arrive at once (retrying after a 503 as told),
 * against a lone sign-in measured in the same run, and how many of the guesses were hashed (401) rather than refused (429).
 */
const program = new Command()
  .name('bench:login')
  .description('Admin sign-in latency while many wrong passwords arrive at once (scrypt hash configured).')
  .option('-n, --guesses <count>', 'concurrent wrong guesses', '200')
  .parse();
const guesses = Number(program.opts<{ guesses: string }>().guesses);
if (!Number.isInteger(guesses) || guesses < 1) {
  console.error('bench:login: --guesses must be a positive integer');
  process.exit(2);
}

const password = 'the real admin passphrase';
const config: AuthConfig = {
  adminPasswordHash: await hashPassword(password),
  sessionKey: new TextEncoder().encode('b'.repeat(32)),
  ephemeralKey: false,
  secureCookies: false,
  // The bench plays a deployment behind one reverse proxy, so X-Forwarded-For names the client.
  trustProxy: 1,
  peerAddressKnown: false,
  revokedSessions: new RevokedSessions(),
};

function login(pass: string, client: string): Request {
  return new Request('http://127.0.0.1:3000/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client, origin: 'http://127.0.0.1:3000' },
    body: JSON.stringify({ password: pass }),
  });
}

/** The admin signs in, trying again as told while the server answers 503 (hash queue full); time until done. */
async function timedLogin(
  limiter: LoginRateLimiter,
  client: string,
): Promise<{ ms: number; status: number; tries: number }> {
  const t = performance.now();
  for (let tries = 1; ; tries++) {
    const res = await handleLogin(login(password, client), config, limiter);
    if (res.status !== 503 || tries === 10) return { ms: performance.now() - t, status: res.status, tries };
    await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
  }
}

async function attack(rotate: boolean): Promise<void> {
  const limiter = new LoginRateLimiter();
  const wrong = Array.from({ length: guesses }, (_, i) =>
    handleLogin(login(`wrong-${i}`, rotate ? `10.2.${i >> 8}.${i & 255}` : '10.1.0.1'), config, limiter),
  );
  const admin = timedLogin(limiter, '192.0.2.10');
  const statuses = (await Promise.all(wrong)).map((r) => r.status);
  const { ms, status, tries } = await admin;
  const count = (s: number) => statuses.filter((x) => x === s).length;
  const label = rotate ? `${guesses} guesses, rotating addresses` : `${guesses} guesses, one address`;
  console.log(
    `${label.padEnd(36)} admin ${status} in ${ms.toFixed(0).padStart(6)} ms, ${tries} tries (${(ms / baseline).toFixed(1)}× lone); ` +
      `guesses: ${count(401)}×401 ${count(429)}×429 ${count(503)}×503`,
  );
}

const lone: number[] = [];
for (let i = 0; i < 5; i++) lone.push((await timedLogin(new LoginRateLimiter(), '192.0.2.9')).ms);
const baseline = lone.sort((a, b) => a - b)[2]!;
console.log(
  `lone admin sign-in (median of 5)      ${baseline.toFixed(0)} ms; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
await attack(false);
await attack(true);
console.log(`bench:login done: ${guesses} concurrent guesses per scenario`);
