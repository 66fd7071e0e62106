/**
 * Preloaded into the server process (`node --require ./scripts/page-cache.cjs`, see scripts/next-server.ts):
 * keeps anonymous occupation pages for 15 s and replays them with a fresh CSP nonce (page-cache-core.cjs).
 */
require('./page-cache-core.cjs').install();
