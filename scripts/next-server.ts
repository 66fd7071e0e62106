/**
 * How the production server is started, shared by `npm run start:demo`, `npm start` (package.json, kept in
 * step by a test) and `npm run bench:load` so
 * the bench measures what users run.
 */

/**
 * V8 old-space limit of the server, in MB. Why: with no limit on a large machine V8 lets the heap grow
 * to about 4× the live set between full collections (≈ 100 MB live became 400+ MB under load); below
 * 2 GB it grows by at most 1.3–2×. The live set under load is ≈ 100–130 MB, so this leaves ample room.
 */
export const SERVER_HEAP_MB = 1024;

/**
 * V8 young-generation semi-space, in MB. Why: at the default (16) each request's garbage piles up in a 48 MB
 * new space that stays resident; at 4 the first visit of the main pages on PGlite left the server 30–60 MB
 * smaller 2 s after and 80–120 MB smaller 10 s after (four runs each), with the same page and search times.
 */
export const SERVER_SEMI_SPACE_MB = 4;

/**
 * How far V8 lets the old generation grow past its live set before the next full collection, in percent. Why: left
 * to itself it grows by up to 2× (a ≈ 150 MB live set swung 100 MB under load, all of bench:load's RSS growth); at
 * 25 the swing halves. Measured in pairs of bench:load runs: RSS growth 43–53 vs 98–104 MB and the RSS under load
 * 50 MB lower, the same req/s, p95 15–25% higher at 50 connections (worst route 116–124 vs 96–111 ms) and p99 no
 * worse; bench:web's search p95 at 20 connections unchanged (36.0 vs 35.1 ms).
 */
export const SERVER_HEAP_GROWING_PERCENT = 25;

/** Preload that stamps each request with its TCP peer address, which login rate limits are keyed by. */
export const PEER_ADDRESS_PRELOAD = './scripts/peer-address.cjs';

/** Preload that keeps anonymous occupation pages 15 s and replays them with a fresh CSP nonce each. */
export const PAGE_CACHE_PRELOAD = './scripts/page-cache.cjs';

/** Node's flags for the server process. */
export function serverNodeFlags(): string[] {
  return [
    `--max-old-space-size=${SERVER_HEAP_MB}`,
    `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
    `--heap-growing-percent=${SERVER_HEAP_GROWING_PERCENT}`,
    '--require',
    PEER_ADDRESS_PRELOAD,
    '--require',
    PAGE_CACHE_PRELOAD,
  ];
}

/** Arguments for `process.execPath` that run `next start` on a port (and host) with the server's Node flags. */
export function nextStartArgs(port: number | string, host?: string): string[] {
  return [
    ...serverNodeFlags(),
    'node_modules/next/dist/bin/next',
    'start',
    '-p',
    String(port),
    ...(host ? ['-H', host] : []),
  ];
}
