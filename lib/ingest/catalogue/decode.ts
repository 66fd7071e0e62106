import { sniffNotUtf8 } from '../sniff';

/** How a catalogue's bytes were read. */
export type CatalogueEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file the catalogue reader cannot decode as text (compressed, UTF-32, …). */
export class UndecodableFile extends Error {}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Decodes a catalogue file's bytes to text, detecting the encoding: UTF-8 (with or without BOM),
 * UTF-16 LE/BE (byte-order mark, or every other byte zero: lib/ingest/sniff) and, when the bytes
 * are not valid UTF-8, Windows-1252 (what Excel's plain "CSV" writes on Western Windows).
 * Compressed data and UTF-32 are refused with sniff's reason.
 */
export function decodeCatalogue(bytes: Uint8Array): { text: string; encoding: CatalogueEncoding } {
  const sniffed = sniffNotUtf8(bytes);
  if (sniffed?.kind === 'UTF-16LE' || sniffed?.kind === 'UTF-16BE') {
    const le = sniffed.kind === 'UTF-16LE';
    const bom = startsWith(bytes, le ? 0xff : 0xfe, le ? 0xfe : 0xff);
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bom ? bytes.subarray(2) : bytes);
    return { text, encoding: le ? 'utf-16le' : 'utf-16be' };
  }
  if (sniffed) throw new UndecodableFile(sniffed.reason);
  const bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: single-byte Western text from Excel; every byte decodes, none are lost to U+FFFD.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); undefined bytes stay C1 controls. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 by table (Node 20's TextDecoder treats the label as Latin-1, so € would become U+0080). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}
