import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { postUpload } from '@/lib/ingest/upload-api';
import { freshDb } from '../helpers/db';
import { testConfig } from './auth-helpers';
import { customIndexCsv, tempUploadsDir } from './upload-helpers';

const auth = testConfig();
const url = 'http://127.0.0.1:3000/api/admin/uploads';
const CHUNK = 64 * 1024;

/** A multipart body streamed in chunks with no Content-Length, `totalBytes` long; counts what was pulled. */
function chunkedUpload(totalBytes: number) {
  const boundary = 'taskshiftboundary';
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncustom-index\r\n--${boundary}\r\nContent-Disposition: form-data; name="indexName"\r\n\r\nbig_index\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const pulled = { bytes: 0 };
  const filler = new Uint8Array(CHUNK).fill(0x61);
  let sentHead = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sentHead) {
        sentHead = true;
        pulled.bytes += head.byteLength;
        return controller.enqueue(head);
      }
      if (pulled.bytes >= totalBytes) return controller.close();
      pulled.bytes += filler.byteLength;
      controller.enqueue(filler);
    },
  });
  const request = new Request(url, {
    method: 'POST',
    body,
    headers: {
      authorization: `Bearer ${auth.adminToken}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    duplex: 'half',
  } as RequestInit);
  expect(request.headers.get('content-length')).toBeNull();
  return { request, pulled };
}

describe('upload size is enforced while the body streams in', () => {
  let db: Db;
  const dir = tempUploadsDir();
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers 413 to a chunked body over the cap after reading only about the cap', async () => {
    const maxBytes = 1024 * 1024;
    const { request, pulled } = chunkedUpload(1024 * 1024 * 1024); // 1 GB offered
    const res = await postUpload(request, { db, dir, auth, maxBytes });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { reason: string }[] }).errors[0]?.reason).toMatch(
      /larger than the 1 MB limit/,
    );
    // Bounded memory: the stream was cancelled one chunk past the cap plus the multipart allowance.
    expect(pulled.bytes).toBeLessThanOrEqual(maxBytes + 64 * 1024 + 2 * CHUNK);
    const rows = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM upload`;
    expect(rows[0]?.n).toBe(0);
  });

  it('still accepts a chunked body under the cap', async () => {
    const boundary = 'b0undary';
    const text = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ncustom-index\r\n--${boundary}\r\nContent-Disposition: form-data; name="indexName"\r\n\r\nsmall_index\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="s.csv"\r\nContent-Type: text/csv\r\n\r\n${customIndexCsv('small_index')}\r\n--${boundary}--\r\n`;
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 100) controller.enqueue(bytes.subarray(i, i + 100));
        controller.close();
      },
    });
    const headers = {
      authorization: `Bearer ${auth.adminToken}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    };
    const res = await postUpload(new Request(url, { method: 'POST', body, headers, duplex: 'half' } as RequestInit), {
      db,
      dir,
      auth,
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { upload: { rowsValid: number } }).upload.rowsValid).toBe(3);
  });
});
