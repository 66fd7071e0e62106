import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeNetworkError } from './network-error';

export interface DownloadOptions {
  /** Abort when no complete response arrives within this time. */
  timeoutMs?: number;
  onProgress?: (received: number, total: number | undefined) => void;
}

/** A downloaded file whose bytes are not the registry's. */
export class ChecksumMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`checksum mismatch: expected sha256 ${expected}, got ${actual}`);
    this.name = 'ChecksumMismatch';
  }
}

/**
 * Downloads `url` to `dest` only if its sha256 equals `sha256`. Bytes stream to `dest.part`,
 * hashed on the way; the part file is renamed into place on success and removed on any failure,
 * so `dest` never holds a partial or unverified file.
 * @returns the number of bytes written
 */
export async function downloadVerified(
  url: URL,
  dest: string,
  sha256: string,
  options: DownloadOptions = {},
): Promise<number> {
  const part = `${dest}.part`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 120_000), redirect: 'follow' });
  } catch (err) {
    throw describeNetworkError(err, url);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status} ${response.statusText} from ${url.href}`);
  }
  await mkdir(path.dirname(dest), { recursive: true });
  const total = Number(response.headers.get('content-length')) || undefined;
  const hash = createHash('sha256');
  let received = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      received += chunk.length;
      options.onProgress?.(received, total);
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      meter,
      createWriteStream(part),
    );
    const actual = hash.digest('hex');
    if (actual !== sha256) throw new ChecksumMismatch(sha256, actual);
    await rename(part, dest);
    return received;
  } catch (err) {
    await rm(part, { force: true });
    if (err instanceof ChecksumMismatch || (err as Error).name === 'NetworkError') throw err;
    throw new Error(`download of ${url.href} failed: ${(err as Error).message}`);
  }
}
