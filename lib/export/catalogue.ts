import type { CatalogueReport, JobView } from '../db/queries/job-catalogue-report';
import { type CsvColumn, csvLine, exportFileName } from './csv';

const pct = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);

/** Every column of the catalogue report, one row per job. */
export const CATALOGUE_COLUMNS: readonly CsvColumn<JobView>[] = [
  { header: 'line', value: (j) => j.line },
  { header: 'id', value: (j) => j.extId },
  { header: 'title', value: (j) => j.title },
  { header: 'department', value: (j) => j.department },
  { header: 'location', value: (j) => j.location },
  { header: 'headcount', value: (j) => j.headcount },
  { header: 'code', value: (j) => j.code },
  { header: 'code_source', value: (j) => j.codeSource },
  { header: 'occupation', value: (j) => j.occupationTitle },
  { header: 'matched_code', value: (j) => j.matchCode },
  { header: 'matched_occupation', value: (j) => j.matchTitle },
  { header: 'confidence', value: (j) => j.confidence },
  {
    header: 'alternatives',
    value: (j) => j.alternatives.map((a) => `${a.code} ${a.title} (${a.probability})`).join(' | '),
  },
  { header: 'needs_review', value: (j) => j.needsReview },
  { header: 'seniority', value: (j) => j.seniority },
  { header: 'exposure', value: (j) => pct(j.exposure) },
  { header: 'exposure_low', value: (j) => pct(j.exposureLow) },
  { header: 'exposure_high', value: (j) => pct(j.exposureHigh) },
  { header: 'automation', value: (j) => pct(j.automation) },
  { header: 'share_tasks_exposed', value: (j) => pct(j.shareExposed) },
  { header: 'most_exposed_tasks', value: (j) => j.topTasks.map((t) => t.text).join(' | ') },
  { header: 'reskilling_code', value: (j) => j.reskilling?.code },
  { header: 'reskilling_occupation', value: (j) => j.reskilling?.title },
  { header: 'reskilling_exposure', value: (j) => pct(j.reskilling?.exposure ?? null) },
];

/** The catalogue report as one CSV text (header + one line per job), every cell formula-safe (csvCell). */
export function catalogueCsv(report: CatalogueReport): string {
  return (
    csvLine(CATALOGUE_COLUMNS.map((c) => c.header)) +
    report.jobs.map((j) => csvLine(CATALOGUE_COLUMNS.map((c) => c.value(j)))).join('')
  );
}

/** Download name, e.g. catalogue-jobs-csv_2026-11-30_model-v1.csv. */
export function catalogueCsvName(report: CatalogueReport): string {
  return exportFileName(`catalogue-${report.catalogue.name.replace(/\.[^.]*$/, '')}`, report.modelVersion);
}
