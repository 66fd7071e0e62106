import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CURRENT_ONET_FOLDER, ONET_CODE_COLUMN } from '../../db/onet-release';

/** One title known for an occupation, with where it came from. */
export interface TitleRow {
  code: string;
  title: string;
  source: 'onet' | 'alternate' | 'short' | 'reported';
}

/** The O*NET text the title coder learns from. */
export interface TitleCorpus {
  /** Occupation code → official title, in code order: the classifier's classes. */
  occupations: { code: string; title: string }[];
  titles: TitleRow[];
  /** Occupation code → its task statements (the weaker signal, and the description matcher's documents). */
  tasks: Map<string, string[]>;
  /** Occupation code → its distinct detailed work activity titles. */
  dwas: Map<string, string[]>;
}

/** The O*NET release folder the coder reads: DATA_ROOT/onet/v30_1 (the current release). */
export function onetDir(dataRoot: string): string {
  return path.join(dataRoot, ...CURRENT_ONET_FOLDER.split('/'));
}

/**
 * Reads a tab-separated O*NET file (header first, no quoting) as objects keyed by header. Each cell is decoded
 * from the file's bytes on its own: cells split from one decoded text would each keep the whole file's text
 * alive (V8 slices), and the serving coder keeps titles and tasks from two 4 MB files.
 */
function readTsv(file: string): Record<string, string>[] {
  if (!existsSync(file)) throw new Error(`${file}: not found`);
  const bytes = readFileSync(file);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let header: string[] | undefined;
  const rows: Record<string, string>[] = [];
  for (let start = bom; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    const cells = splitCells(bytes, start, end > start && bytes[end - 1] === 0x0d ? end - 1 : end);
    start = end + 1;
    if (!header) header = cells;
    else if (cells.some((c) => c.trim()))
      rows.push(Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])));
  }
  return rows;
}

/** The tab-separated cells of bytes[from, to), each decoded on its own. */
function splitCells(bytes: Buffer, from: number, to: number): string[] {
  const cells: string[] = [];
  for (let start = from; ; ) {
    const tab = bytes.indexOf(0x09, start);
    const end = tab < 0 || tab > to ? to : tab;
    cells.push(bytes.toString('utf8', start, end));
    if (end === to) return cells;
    start = end + 1;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Loads occupation titles, alternate (and short) titles, reported titles, task statements and DWA titles
 * (`dwas: false` leaves the DWAs out, for loading an artifact, which only needs titles and tasks).
 */
export function readTitleCorpus(dataRoot: string, opts: { dwas?: boolean } = {}): TitleCorpus {
  const dir = onetDir(dataRoot);
  const occupations = readTsv(path.join(dir, 'Occupation Data.txt'))
    .map((r) => ({ code: r[ONET_CODE_COLUMN]!, title: r.Title! }))
    .filter((o) => /^\d{2}-\d{4}\.\d{2}$/.test(o.code))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const known = new Set(occupations.map((o) => o.code));
  const titles: TitleRow[] = occupations.map((o) => ({ ...o, source: 'onet' }));
  for (const r of readTsv(path.join(dir, 'Alternate Titles.txt'))) {
    const code = r[ONET_CODE_COLUMN]!;
    if (!known.has(code)) continue;
    if (r['Alternate Title']) titles.push({ code, title: r['Alternate Title'], source: 'alternate' });
    if (r['Short Title']) titles.push({ code, title: r['Short Title'], source: 'short' });
  }
  for (const r of readTsv(path.join(dir, 'Sample of Reported Titles.txt'))) {
    const code = r[ONET_CODE_COLUMN]!;
    if (known.has(code) && r['Reported Job Title'])
      titles.push({ code, title: r['Reported Job Title'], source: 'reported' });
  }
  const tasks = new Map<string, string[]>();
  for (const r of readTsv(path.join(dir, 'Task Statements.txt')))
    if (known.has(r[ONET_CODE_COLUMN]!)) push(tasks, r[ONET_CODE_COLUMN]!, r.Task!);
  const dwas = new Map<string, string[]>();
  if (opts.dwas === false) return { occupations, titles, tasks, dwas };
  const seen = new Set<string>();
  for (const r of readTsv(path.join(dir, 'Tasks to DWAs.txt'))) {
    const key = `${r[ONET_CODE_COLUMN]}|${r['DWA Title']}`;
    if (!known.has(r[ONET_CODE_COLUMN]!) || seen.has(key)) continue;
    seen.add(key);
    push(dwas, r[ONET_CODE_COLUMN]!, r['DWA Title']!);
  }
  return { occupations, titles, tasks, dwas };
}
