/** What the first bytes say a file is, when it is plainly not UTF-8 text. */
export interface NotUtf8 {
  /** Short name, e.g. "UTF-16LE" or "gzip". */
  kind: string;
  /** A sentence for the user: what the file is and what to do. */
  reason: string;
}

const RESAVE = 'Re-save it as UTF-8 (in Excel: "CSV UTF-8"), then try again.';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Recognises files that are not UTF-8 text from their first bytes: compressed or archived data
 * (gzip, ZIP/xlsx, bzip2, xz, 7z), UTF-32/UTF-16 byte-order marks, and BOM-less UTF-16 (a zero in every
 * other byte of mostly-ASCII text). Checked before decoding, so they are named instead of blamed on Latin-1.
 * @returns what the file is, or undefined when it may be UTF-8 text
 */
export function sniffNotUtf8(head: Uint8Array): NotUtf8 | undefined {
  const compressed = (kind: string, what: string): NotUtf8 => ({
    kind,
    reason: `the file is ${what}, not a text CSV file. Decompress it and supply the CSV inside.`,
  });
  if (startsWith(head, 0x1f, 0x8b))
    return compressed('gzip', 'gzip-compressed (it starts with the gzip signature 1F 8B)');
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
    return {
      kind: 'zip',
      reason: `binary data: the file is a ZIP archive (an Excel .xlsx workbook is one), not a text CSV file. Save or export it as CSV UTF-8.`,
    };
  }
  if (startsWith(head, 0x42, 0x5a, 0x68)) return compressed('bzip2', 'bzip2-compressed');
  if (startsWith(head, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return compressed('xz', 'xz-compressed');
  if (startsWith(head, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return compressed('7z', 'a 7-Zip archive');
  const encoded = (kind: string, how: string): NotUtf8 => ({
    kind,
    reason: `the file is ${kind} encoded (${how}), not UTF-8. ${RESAVE}`,
  });
  if (startsWith(head, 0xff, 0xfe, 0x00, 0x00)) return encoded('UTF-32LE', 'byte-order mark FF FE 00 00');
  if (startsWith(head, 0x00, 0x00, 0xfe, 0xff)) return encoded('UTF-32BE', 'byte-order mark 00 00 FE FF');
  if (startsWith(head, 0xff, 0xfe)) return encoded('UTF-16LE', 'byte-order mark FF FE');
  if (startsWith(head, 0xfe, 0xff)) return encoded('UTF-16BE', 'byte-order mark FE FF');
  // BOM-less UTF-16 of Latin text: zeros fill the odd bytes (LE) or the even bytes (BE).
  const sample = head.subarray(0, Math.min(head.length, 512));
  if (sample.length >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
    const half = sample.length / 2;
    if (oddZeros >= half * 0.6 && evenZeros <= half * 0.1)
      return encoded('UTF-16LE', 'no byte-order mark, but every other byte is zero');
    if (evenZeros >= half * 0.6 && oddZeros <= half * 0.1)
      return encoded('UTF-16BE', 'no byte-order mark, but every other byte is zero');
  }
  return undefined;
}
