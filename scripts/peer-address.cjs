/**
 * Preloaded into the server process (`node --require ./scripts/peer-address.cjs`, see scripts/next-server.ts).
 * Why: Next hands route handlers no socket address, and it keeps a client-sent X-Forwarded-For as is, so a
 * client could name any address it likes. This stamps every request with the address of the TCP peer, in a
 * header the client cannot set (any copy it sent is replaced), and marks the process so lib/auth trusts it.
 */
const http = require('node:http');

const PEER_HEADER = 'x-taskshift-peer';
const originalEmit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithPeer(event, request, ...rest) {
  if (event === 'request' && request && request.headers) {
    request.headers[PEER_HEADER] = request.socket?.remoteAddress || '';
  }
  return originalEmit.call(this, event, request, ...rest);
};

globalThis.__taskshiftPeerAddress = true;
