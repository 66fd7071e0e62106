/**
 * Wraps CSV text chunks in a pull-based ReadableStream: a chunk is produced only when the client
 * reads, and lines are batched to about 64 KB so 100k-row exports stream with bounded memory.
 */
export function csvStream(
  chunks: AsyncGenerator<string>,
  batchBytes = 64 * 1024,
  prefix = '',
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let first = prefix;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = first;
      first = '';
      while (text.length < batchBytes) {
        const next = await chunks.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** The UTF-8 byte-order mark: Excel needs it to read a CSV as UTF-8 rather than the system code page. */
const BOM = '\uFEFF';
const BOM_BYTES = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Bytes rendered earlier, with the BOM in front when asked for (the cached bytes are not changed). */
function withBomBytes(body: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(BOM_BYTES.length + body.length);
  out.set(BOM_BYTES);
  out.set(body, BOM_BYTES.length);
  return out;
}

/**
 * A CSV download response with its file name: streamed from text chunks, or bytes rendered earlier
 * sent as they are; `bom` starts the file with a UTF-8 byte-order mark for Excel.
 */
export function csvResponse(
  body: AsyncGenerator<string> | Uint8Array<ArrayBuffer>,
  fileName: string,
  options: { bom?: boolean } = {},
): Response {
  const bytes = (b: Uint8Array<ArrayBuffer>) => (options.bom ? withBomBytes(b) : b);
  return new Response(body instanceof Uint8Array ? bytes(body) : csvStream(body, undefined, options.bom ? BOM : ''), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
