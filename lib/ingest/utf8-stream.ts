import { Transform } from 'node:stream';
import { sniffNotUtf8 } from './sniff';
import { firstInvalidUtf8 } from './upload';

/** A file is plainly not UTF-8 text (compressed, UTF-16/32): named from its first bytes. */
export class NotUtf8Text extends Error {
  constructor(
    readonly kind: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** A file's bytes are not UTF-8: where the first bad byte is (1-based line, byte within the line). */
export class InvalidUtf8 extends Error {
  constructor(
    readonly line: number,
    readonly byte: number,
    readonly hex: string,
  ) {
    super(`not valid UTF-8: byte 0x${hex} at byte ${byte} of line ${line}`);
  }
}

/**
 * Decodes a byte stream as strict UTF-8 into strings (a leading BOM is dropped). A compressed or
 * UTF-16/32 file fails at once with NotUtf8Text; the first invalid byte fails the stream with
 * InvalidUtf8 naming its line, instead of silently becoming U+FFFD.
 * Sequences split across chunks decode normally.
 */
export function strictUtf8(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0; // stream offset of the current line's first byte
  let offset = 0;
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const notText = offset === 0 ? sniffNotUtf8(chunk) : undefined;
      if (notText) return done(new NotUtf8Text(notText.kind, notText.reason));
      try {
        const text = decoder.decode(chunk, { stream: true });
        if (text) this.push(text);
      } catch {
        // A sequence begun in the previous chunk shows up as a bad continuation byte at the start.
        const bad = Math.max(0, firstInvalidUtf8(chunk));
        for (let i = 0; i < bad; i++) if (chunk[i] === 0x0a) [line, lineStart] = [line + 1, offset + i + 1];
        done(
          new InvalidUtf8(
            line,
            offset + bad - lineStart + 1,
            (chunk[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0'),
          ),
        );
        return;
      }
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1))
        [line, lineStart] = [line + 1, offset + i + 1];
      offset += chunk.length;
      done();
    },
    flush(done) {
      try {
        const text = decoder.decode();
        if (text) this.push(text);
        done();
      } catch {
        done(new InvalidUtf8(line, offset - lineStart, 'truncated'));
      }
    },
  });
}
