import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onetDir, type TitleCorpus, type TitleRow } from '../../../lib/models/titles/data';
import { titleConfig } from '../../../lib/models/titles/config';

/** A small hand-written O*NET-like corpus: four occupations with alternate, reported titles and tasks. */
export function fixtureCorpus(): TitleCorpus {
  const occupations = [
    { code: '13-2011.00', title: 'Accountants and Auditors' },
    { code: '15-1252.00', title: 'Software Developers' },
    { code: '29-1141.00', title: 'Registered Nurses' },
    { code: '53-3032.00', title: 'Heavy and Tractor-Trailer Truck Drivers' },
  ];
  const alternates: Record<string, string[]> = {
    '13-2011.00': [
      'Staff Accountant',
      'Cost Accountant',
      'Tax Accountant',
      'Auditor',
      'Internal Auditor',
      'CPA (Certified Public Accountant)',
      'Audit Manager',
      'Accounting Analyst',
    ],
    '15-1252.00': [
      'Software Engineer',
      'Java Developer',
      'Application Developer',
      'Programmer Analyst',
      'Web Developer',
      'Software Architect',
      'Python Developer',
      'Systems Developer',
    ],
    '29-1141.00': [
      'Staff Nurse',
      'Charge Nurse',
      'ICU Nurse',
      'Registered Nurse (RN)',
      'Clinical Nurse',
      'Nurse Manager',
      'Emergency Room Nurse',
      'Home Health RN',
    ],
    '53-3032.00': [
      'Truck Driver',
      'Tractor Trailer Driver',
      'CDL Driver',
      'Over the Road Driver',
      'Semi Truck Driver',
      'Long Haul Trucker',
      'Freight Driver',
      'Tanker Driver',
    ],
  };
  const reported: Record<string, string[]> = {
    '13-2011.00': ['Senior Accountant', 'Accountant', 'Auditor in Charge'],
    '15-1252.00': ['Developer', 'Software Developer', 'Senior Software Engineer'],
    '29-1141.00': ['RN', 'Nurse', 'Registered Nurse'],
    '53-3032.00': ['Driver', 'Truck Operator', 'Class A Driver'],
  };
  const titles: TitleRow[] = occupations.map((o) => ({ ...o, source: 'onet' as const }));
  for (const [code, list] of Object.entries(alternates))
    for (const title of list) titles.push({ code, title, source: 'alternate' });
  for (const [code, list] of Object.entries(reported))
    for (const title of list) titles.push({ code, title, source: 'reported' });
  const tasks = new Map([
    ['13-2011.00', ['Prepare financial statements and tax returns.', 'Examine accounts and records for compliance.']],
    ['15-1252.00', ['Write and test computer code for applications.', 'Design software systems and databases.']],
    ['29-1141.00', ['Administer medications to patients.', 'Monitor patient vital signs and record observations.']],
    ['53-3032.00', ['Drive tractor-trailer trucks to transport freight.', 'Inspect trucks before and after trips.']],
  ]);
  const dwas = new Map([['29-1141.00', ['Treat patients using medications.']]]);
  return { occupations, titles, tasks, dwas };
}

/**
 * Writes the fixture corpus as O*NET 30.1 files under `dataRoot`/onet/v30_1 (so a saved artifact can rebuild its
 * retriever from them, as it does from ../shared/data); readTitleCorpus(dataRoot) gives back fixtureCorpus().
 */
export function writeFixtureOnet(dataRoot: string): string {
  const { occupations, titles, tasks, dwas } = fixtureCorpus();
  const dir = onetDir(dataRoot);
  mkdirSync(dir, { recursive: true });
  const tsv = (file: string, header: string[], rows: string[][]) =>
    writeFileSync(path.join(dir, file), `${[header, ...rows].map((r) => r.join('\t')).join('\n')}\n`);
  tsv(
    'Occupation Data.txt',
    ['O*NET-SOC Code', 'Title', 'Description'],
    occupations.map((o) => [o.code, o.title, '']),
  );
  tsv(
    'Alternate Titles.txt',
    ['O*NET-SOC Code', 'Alternate Title', 'Short Title'],
    titles.filter((t) => t.source === 'alternate').map((t) => [t.code, t.title, '']),
  );
  tsv(
    'Sample of Reported Titles.txt',
    ['O*NET-SOC Code', 'Reported Job Title'],
    titles.filter((t) => t.source === 'reported').map((t) => [t.code, t.title]),
  );
  tsv(
    'Task Statements.txt',
    ['O*NET-SOC Code', 'Task'],
    [...tasks].flatMap(([code, list]) => list.map((t) => [code, t])),
  );
  tsv(
    'Tasks to DWAs.txt',
    ['O*NET-SOC Code', 'DWA Title'],
    [...dwas].flatMap(([code, list]) => list.map((t) => [code, t])),
  );
  return dataRoot;
}

/** The tiny coder settings the title tests train with: small, seeded, no dev or validation split. */
export function fixtureTitleConfig() {
  return {
    ...titleConfig('tiny'),
    epochs: 30,
    batchSize: 16,
    devShare: 0,
    valShare: 0,
    learningRate: 0.05,
    dropout: 0,
  };
}
