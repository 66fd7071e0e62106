import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileRows } from '@/lib/ingest/read-file';
import { registeredSpecs } from '@/lib/ingest/sources';
import { InvalidUtf8, strictUtf8 } from '@/lib/ingest/utf8-stream';

async function decode(chunks: Buffer[]): Promise<string> {
  let out = '';
  for await (const text of Readable.from(chunks).pipe(strictUtf8())) out += text as string;
  return out;
}

describe('strict UTF-8 stream', () => {
  it('decodes characters split across chunks and drops a BOM', async () => {
    const bytes = Buffer.from('\uFEFFcafé,naïve\n€5\n', 'utf8');
    const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 13), bytes.subarray(13, 16), bytes.subarray(16)];
    expect(await decode(chunks)).toBe('café,naïve\n€5\n');
  });

  it('fails at the first Latin-1 byte with its line and byte, even in a later chunk', async () => {
    const first = Buffer.from('a,b\nok,1\n', 'utf8');
    const second = Buffer.concat([Buffer.from('x,'), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from('\n')]); // "Caf" + Latin-1 é
    const error = await decode([first, second]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidUtf8);
    expect(error).toMatchObject({ line: 3, byte: 6, hex: 'E9' });
  });

  it('reports a file that ends inside a multi-byte character', async () => {
    const error = await decode([Buffer.from('a\n'), Buffer.from([0xe2, 0x82])]).catch((e: unknown) => e);
    expect(error).toMatchObject({ line: 2, hex: 'truncated' });
  });
});

describe('CLI ingest path refuses files that are not UTF-8', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'taskshift-utf8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names file, line, byte and reason instead of loading U+FFFD', async () => {
    const spec = registeredSpecs.find((f) => f.source === 'onet-30.1' && f.file.endsWith('Occupation Data.txt'))!;
    const header = 'O*NET-SOC Code\tTitle\tDescription\n';
    const good = '11-1011.00\tChief Executives\tDetermine policies.\n';
    const latin1 = Buffer.concat([
      Buffer.from(`${header}${good}11-1011.03\tChief Sustainability Officers\tCommunicate with `),
      Buffer.from([0xe9]),
      Buffer.from('lus.\n'),
    ]);
    const file = path.join(dir, 'Occupation Data.txt');
    writeFileSync(file, latin1);
    const { errors } = await readFileRows(spec, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: spec.file, line: 3, column: 'byte 59' }); // 58 bytes precede the é
    expect(errors[0]!.reason).toMatch(/^not valid UTF-8: byte 0xE9 .*re-save the file as UTF-8/);
    writeFileSync(file, header + good);
    expect((await readFileRows(spec, file)).errors).toEqual([]);
  });
});
