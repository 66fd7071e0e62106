import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { onetDir, readTitleCorpus } from '../../../lib/models/titles/data';
import { fixtureCorpus, writeFixtureOnet } from './fixture';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'taskshift-corpus-'));
  roots.push(root);
  return root;
}

describe('readTitleCorpus (O*NET text files read cell by cell from their bytes)', () => {
  it('gives back the corpus its files were written from', () => {
    expect(readTitleCorpus(writeFixtureOnet(tempRoot()))).toEqual(fixtureCorpus());
  });

  it('handles a byte-order mark, CRLF, blank lines, padded cells, multi-byte UTF-8 and no final newline', () => {
    const root = writeFixtureOnet(tempRoot());
    const dir = onetDir(root);
    const file = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
    file(
      'Occupation Data.txt',
      '\uFEFFO*NET-SOC Code\tTitle\tDescription\r\n15-1252.00\t Software Developers \t\r\n\r\n35-1011.00\tChefs and Head Cooks\t',
    );
    file(
      'Alternate Titles.txt',
      'O*NET-SOC Code\tAlternate Title\tShort Title\r\n35-1011.00\tChef de Cuisine — Pâtissier\tChef\r\n  \t \r\n99-9999.00\tUnknown Code\t\r\n',
    );
    file('Sample of Reported Titles.txt', 'O*NET-SOC Code\tReported Job Title\n15-1252.00\tDéveloppeur');
    const corpus = readTitleCorpus(root);
    expect(corpus.occupations).toEqual([
      { code: '15-1252.00', title: 'Software Developers' },
      { code: '35-1011.00', title: 'Chefs and Head Cooks' },
    ]);
    expect(corpus.titles.filter((t) => t.source !== 'onet')).toEqual([
      { code: '35-1011.00', title: 'Chef de Cuisine — Pâtissier', source: 'alternate' },
      { code: '35-1011.00', title: 'Chef', source: 'short' },
      { code: '15-1252.00', title: 'Développeur', source: 'reported' },
    ]);
    expect(corpus.tasks.get('15-1252.00')).toEqual(fixtureCorpus().tasks.get('15-1252.00'));
  });

  it('names a missing file', () => {
    const root = tempRoot();
    mkdirSync(onetDir(root), { recursive: true });
    expect(() => readTitleCorpus(root)).toThrow(/Occupation Data\.txt: not found/);
  });
});
