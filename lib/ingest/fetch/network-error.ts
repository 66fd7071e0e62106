/** Error codes that mean the host name could not be resolved: this machine is most likely offline. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH']);

/** A download that failed before any response arrived (DNS, refused connection, timeout). */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly host: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'NetworkError';
  }

  /** Whether the failure means the network (or DNS) is unavailable rather than one server. */
  get offline(): boolean {
    return OFFLINE_CODES.has(this.code);
  }
}

/** The system error code buried in a fetch() failure (undici nests it in `cause`, sometimes twice). */
function errorCode(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code;
    if (name === 'TimeoutError') return 'ETIMEDOUT';
    current = (current as { cause?: unknown }).cause;
  }
  return 'UNKNOWN';
}

/** Turns a fetch() rejection into a NetworkError naming the host and the reason. */
export function describeNetworkError(err: unknown, url: URL): NetworkError {
  const code = errorCode(err);
  const host = url.host;
  const prefix = OFFLINE_CODES.has(code) ? 'offline: ' : '';
  return new NetworkError(`${prefix}could not reach ${host} (${code})`, host, code);
}
