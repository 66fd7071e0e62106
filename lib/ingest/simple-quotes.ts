const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Whether a whole file's quoting is simple enough for the one-pass splitter (unquoted-rows.ts) to read exactly
 * as the record guard + papaparse would: one line ending throughout ("\n", or "\r\n" at every break), no line
 * longer than `maxLineBytes` (so no field or record can pass a cap), and every quote either opens a field (at
 * a line's or field's start), escapes a quote ("") or closes its field before a delimiter or line end, with no
 * line break inside. Anything else (a stray or unclosed quote, a quoted line break) keeps the quoting path.
 */
export function hasSimpleQuoting(bytes: Uint8Array, delimiter: number, maxLineBytes: number): boolean {
  return sameLineEndings(bytes) && shortLines(bytes, maxLineBytes) && simpleQuotes(bytes, delimiter);
}

/** No "\r", or a "\r" before every "\n" and nowhere else. */
function sameLineEndings(bytes: Uint8Array): boolean {
  let carriageReturns = 0;
  for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) {
    if (bytes[at + 1] !== LF) return false;
    carriageReturns++;
  }
  if (carriageReturns === 0) return true;
  let lineFeeds = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) lineFeeds++;
  return lineFeeds === carriageReturns;
}

function shortLines(bytes: Uint8Array, maxLineBytes: number): boolean {
  let start = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, start)) {
    if (at - start > maxLineBytes) return false;
    start = at + 1;
  }
  return bytes.length - start <= maxLineBytes;
}

function simpleQuotes(bytes: Uint8Array, delimiter: number): boolean {
  for (let open = bytes.indexOf(QUOTE); open !== -1; ) {
    const before = open === 0 ? LF : bytes[open - 1];
    if (before !== delimiter && before !== LF) return false;
    let close = open + 1;
    for (;;) {
      close = bytes.indexOf(QUOTE, close);
      if (close === -1) return false;
      if (bytes[close + 1] !== QUOTE) break;
      close += 2; // an escaped quote
    }
    for (let i = open + 1; i < close; i++) if (bytes[i] === LF || bytes[i] === CR) return false;
    const after = bytes[close + 1];
    if (after !== undefined && after !== delimiter && after !== LF && after !== CR) return false;
    open = bytes.indexOf(QUOTE, close + 1);
  }
  return true;
}

/** One record's cells, for a file hasSimpleQuoting accepted: quoted cells unquoted, "" read as ". */
export function splitSimpleQuoted(record: string, delimiter: string): string[] {
  if (!record.includes('"')) return record.split(delimiter);
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (record.charCodeAt(at) === QUOTE) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const close = record.indexOf('"', from);
        if (record.charCodeAt(close + 1) !== QUOTE) {
          value += record.slice(from, close);
          at = close + 1; // the delimiter, or the record's end
          break;
        }
        value += record.slice(from, close + 1);
        from = close + 2;
      }
      cells.push(value);
    } else {
      const end = record.indexOf(delimiter, at);
      cells.push(end === -1 ? record.slice(at) : record.slice(at, end));
      at = end === -1 ? record.length : end;
    }
    if (at >= record.length) return cells;
    at += delimiter.length;
    if (at === record.length) {
      cells.push(''); // a delimiter ends the record: one more, empty, cell
      return cells;
    }
  }
}
