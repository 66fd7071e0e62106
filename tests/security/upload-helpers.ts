import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CUSTOM_INDEX_DIR, customIndexSpec } from '@/lib/ingest/sources/custom-index';
import type { UploadTarget } from '@/lib/ingest/upload-stage';

/** A throwaway uploads folder. */
export function tempUploadsDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'taskshift-uploads-'));
}

/** The upload target of a custom index. */
export function customTarget(indexName: string): UploadTarget {
  return { kind: 'custom-index', indexName, spec: customIndexSpec(`${CUSTOM_INDEX_DIR}/${indexName}.csv`) };
}

/** A small valid custom index file. */
export function customIndexCsv(indexName: string, delimiter = ','): string {
  const rows = [
    ['index_name', 'code_system', 'code', 'value', 'year', 'label'],
    [indexName, 'soc2018', '15-1252', '0.81', '2024', 'Software developers'],
    [indexName, 'soc2018', '43-4051', '0.77', '2024', '"Customer service, reps"'],
    [indexName, 'isco08', '2512', '0.5', '', ''],
  ];
  return `${rows.map((r) => r.join(delimiter)).join('\r\n')}\r\n`;
}

export const utf8 = (s: string) => new TextEncoder().encode(s);
