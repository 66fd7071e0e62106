/** Room for the multipart framing and form fields around the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a request body while counting bytes, and stops (cancelling the stream) as soon as it passes
 * `limit`, so a chunked upload without Content-Length can never be buffered whole.
 * @returns the body's bytes, or null when it is larger than `limit`
 */
export async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel('upload over the size limit').catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.byteLength;
  }
  return body;
}

/**
 * Parses a size-checked multipart body (as read by readBodyCapped) with the platform's parser.
 * @returns the form, or undefined when the body is not multipart/form-data
 */
export async function multipartForm(body: Uint8Array, contentType: string | null): Promise<FormData | undefined> {
  if (!contentType) return undefined;
  return new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData().catch(() => undefined);
}
