import fc from 'fast-check';

/** One hostile change to a file, named for the summary. */
export interface Mutation {
  name: string;
  apply: (bytes: Uint8Array, delimiter: string) => Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');

/** Applies `fn` to one cell of one line (indices wrap around), keeping the rest of the file. */
function editCell(bytes: Uint8Array, d: string, li: number, ci: number, fn: (cell: string) => string): Uint8Array {
  const lines = dec.decode(bytes).split('\n');
  const i = li % Math.max(1, lines.length - 1);
  const cells = (lines[i] ?? '').split(d);
  const j = ci % cells.length;
  cells[j] = fn(cells[j] ?? '');
  lines[i] = cells.join(d);
  return enc.encode(lines.join('\n'));
}

function editLines(bytes: Uint8Array, fn: (lines: string[]) => string[]): Uint8Array {
  return enc.encode(fn(dec.decode(bytes).split('\n')).join('\n'));
}

const line = fc.nat(40);
const col = fc.nat(20);
const WRONG = [
  'abc',
  'NaN',
  '1e999',
  '-',
  '',
  '13/2099',
  '99-99999',
  'Infinity',
  '0x1F',
  '１２',
  ' ',
  '\u200b',
  'null',
  '-0',
  '1,2,3',
  '#N/A',
  'TRUE',
];
const HOSTILE_TEXT = [
  "'; DROP TABLE onet_task; --",
  '=HYPERLINK("http://x","y")',
  '\\',
  '%_%',
  '😀 עברית e\u0301',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input on purpose (a template injection probe)
  '${7*7}',
  '<script>x</script>',
];

/** The mutation arbitraries: truncation, columns, types, sizes, quotes, newlines, bytes, encodings, keys. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((f) => ({ name: 'truncate', apply: (b: Uint8Array) => b.subarray(0, Math.floor(b.length * f)) })),
  fc.tuple(line, col).map(([l, c]) => ({
    name: 'missing-column',
    apply: (b: Uint8Array, d: string) =>
      editLines(b, (ls) =>
        ls.map((x, i) =>
          i === l % ls.length
            ? x
                .split(d)
                .filter((_, j) => j !== c % x.split(d).length)
                .join(d)
            : x,
        ),
      ),
  })),
  fc.tuple(line, fc.string({ maxLength: 12 })).map(([l, s]) => ({
    name: 'extra-column',
    apply: (b: Uint8Array, d: string) =>
      editLines(b, (ls) => ls.map((x, i) => (i === l % ls.length ? `${x}${d}${s}` : x))),
  })),
  fc.tuple(line, col, fc.constantFrom(...WRONG)).map(([l, c, v]) => ({
    name: 'wrong-type',
    apply: (b: Uint8Array, d: string) => editCell(b, d, l + 1, c, () => v),
  })),
  fc.tuple(line, col, fc.integer({ min: 10_000, max: 300_000 })).map(([l, c, n]) => ({
    name: 'huge-field',
    apply: (b: Uint8Array, d: string) => editCell(b, d, l + 1, c, () => 'x'.repeat(n)),
  })),
  fc.tuple(line, col, fc.constantFrom('"', '""', '"a"b"', 'say "hi"', '"unterminated')).map(([l, c, q]) => ({
    name: 'embedded-quote',
    apply: (b: Uint8Array, d: string) => editCell(b, d, l, c, (x) => `${x}${q}`),
  })),
  fc.tuple(line, col, fc.constantFrom('\n', '\r\n', '\r', '"a\nb"', '"\n\n"')).map(([l, c, n]) => ({
    name: 'embedded-newline',
    apply: (b: Uint8Array, d: string) => editCell(b, d, l + 1, c, (x) => `${x.slice(0, 3)}${n}${x.slice(3)}`),
  })),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 96 }))
    .map(([f, g]) => ({
      name: 'binary-garbage',
      apply: (b: Uint8Array) => {
        const at = Math.floor(b.length * f);
        return new Uint8Array([...b.subarray(0, at), ...g, ...b.subarray(at)]);
      },
    })),
  fc.uint8Array({ minLength: 1, maxLength: 4096 }).map((g) => ({ name: 'all-garbage', apply: () => g })),
  fc.tuple(line, col).map(([l, c]) => ({
    name: 'latin1',
    apply: (b: Uint8Array, d: string) =>
      new Uint8Array(Buffer.from(dec.decode(editCell(b, d, l + 1, c, (x) => `${x}é ñ ü`)), 'latin1')),
  })),
  fc.boolean().map((bom) => ({
    name: 'utf16',
    apply: (b: Uint8Array) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(dec.decode(b), 'utf16le')]),
  })),
  fc.tuple(line, fc.nat(3)).map(([l, n]) => ({
    name: 'duplicate-row',
    apply: (b: Uint8Array) =>
      editLines(b, (ls) => {
        const r = ls[1 + (l % Math.max(1, ls.length - 2))] ?? '';
        return [...ls.slice(0, -1), ...Array(n + 1).fill(r), ls.at(-1) ?? ''];
      }),
  })),
  fc
    .constantFrom('drop-header', 'shuffle-header', 'blank-lines', 'bom', 'crlf', 'nul', 'header-only', 'empty')
    .map((name) => ({
      name,
      apply: (b: Uint8Array, d: string) => {
        const text = dec.decode(b);
        switch (name) {
          case 'drop-header':
            return enc.encode(text.split('\n').slice(1).join('\n'));
          case 'shuffle-header':
            return editLines(b, (ls) => [(ls[0] ?? '').split(d).reverse().join(d), ...ls.slice(1)]);
          case 'blank-lines':
            return enc.encode(text.replace(/\n/g, '\n\n \n'));
          case 'bom':
            return enc.encode(`\uFEFF${text}`);
          case 'crlf':
            return enc.encode(text.replace(/\n/g, '\r\n'));
          case 'nul':
            return enc.encode(text.replace(/(\n[^\n]{5})/, '$1\u0000'));
          case 'header-only':
            return enc.encode(text.split('\n')[0] ?? '');
          default:
            return new Uint8Array(0);
        }
      },
    })),
  fc.tuple(line, col, fc.constantFrom(...HOSTILE_TEXT)).map(([l, c, v]) => ({
    name: 'hostile-text',
    apply: (b: Uint8Array, d: string) => editCell(b, d, l + 1, c, () => v),
  })),
);

/** One fuzz case: a seed index and one to three mutations applied in order. */
export const fuzzCase = (seeds: number) =>
  fc.record({ seed: fc.nat(seeds - 1), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });
