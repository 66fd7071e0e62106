/**
 * Wraps CSV text chunks in a pull-based ReadableStream: a chunk is produced only when the client
 * reads, and lines are batched to about 64 KB so 100k-row exports stream with bounded memory.
 */
export function csvStream(chunks: AsyncGenerator<string>, batchBytes = 64 * 1024): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = '';
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

/** A CSV download response with its file name: streamed from text chunks, or bytes rendered earlier sent as they are. */
export function csvResponse(body: AsyncGenerator<string> | Uint8Array<ArrayBuffer>, fileName: string): Response {
  return new Response(body instanceof Uint8Array ? body : csvStream(body), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
