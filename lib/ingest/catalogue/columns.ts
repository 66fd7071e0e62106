/** The fields a catalogue row can carry; only title is required. */
export const CATALOGUE_FIELDS = ['title', 'id', 'description', 'department', 'location', 'headcount', 'code'] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

/** Header spellings accepted for each field (compared lower-case, with spaces, _ - . collapsed). */
const SYNONYMS: Record<CatalogueField, readonly string[]> = {
  title: [
    'title',
    'job title',
    'jobtitle',
    'position',
    'position title',
    'job',
    'job name',
    'role',
    'role title',
    'job role',
  ],
  id: ['id', 'job id', 'jobid', 'position id', 'job code', 'req id', 'requisition id', 'code id'],
  description: ['description', 'job description', 'summary', 'duties', 'job summary'],
  department: ['department', 'dept', 'division', 'business unit', 'function', 'team', 'org unit'],
  location: ['location', 'site', 'office', 'city', 'work location'],
  headcount: [
    'headcount',
    'head count',
    'fte',
    'ftes',
    'employees',
    'count',
    'number of employees',
    'staff',
    'incumbents',
  ],
  code: [
    'code',
    'soc',
    'soc code',
    'onet',
    'o*net',
    'onet code',
    'o*net code',
    'onet-soc',
    'o*net-soc',
    'o*net-soc code',
    'onet soc code',
    'occupation code',
  ],
};

/** A header reduced for comparison: lower case, BOM and outer space dropped, runs of space _ - . as one space. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ');
}

const LOOKUP = new Map<string, CatalogueField>(
  CATALOGUE_FIELDS.flatMap((field) => SYNONYMS[field].map((s) => [normaliseHeader(s), field] as const)),
);

/** Which column index holds each field; `found` names the header used, for the validation report. */
export interface ColumnMapping {
  index: Partial<Record<CatalogueField, number>>;
  found: Partial<Record<CatalogueField, string>>;
  /** Headers that matched no field (ignored). */
  ignored: string[];
}

/**
 * Maps a header row to the catalogue fields (case-insensitive, with synonyms such as Job Title,
 * Position, Dept, FTE). The first column to claim a field wins; a repeat is ignored.
 * @returns the mapping, or an error message when no title column is present
 */
export function mapColumns(headers: readonly string[]): ColumnMapping | { error: string } {
  const mapping: ColumnMapping = { index: {}, found: {}, ignored: [] };
  headers.forEach((header, i) => {
    const field = LOOKUP.get(normaliseHeader(header));
    if (field && mapping.index[field] === undefined) {
      mapping.index[field] = i;
      mapping.found[field] = header.replace(/^\uFEFF/, '').trim();
    } else if (header.trim()) mapping.ignored.push(header.trim());
  });
  if (mapping.index.title === undefined) {
    const seen = headers
      .map((h) => `"${h.trim()}"`)
      .join(', ')
      .slice(0, 300);
    return {
      error: `no job title column: expected a header such as Title, Job Title or Position (found ${seen || 'no headers'})`,
    };
  }
  return mapping;
}
