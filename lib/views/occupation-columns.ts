import type { OccupationExportRow } from '../db/scores';
import type { Column } from './columns';

/** Columns of the occupations export (`npm run export -- occupations`, and the dashboard's CSV). */
export const OCCUPATION_COLUMNS: readonly Column<OccupationExportRow>[] = [
  { header: 'code', value: (r) => r.code },
  { header: 'title', value: (r) => r.title },
  { header: 'exposure', value: (r) => r.exposure },
  { header: 'exposure_low', value: (r) => r.exposureLow },
  { header: 'exposure_high', value: (r) => r.exposureHigh },
  { header: 'automation', value: (r) => r.automation },
  { header: 'share_exposed', value: (r) => r.shareExposed },
  { header: 'n_tasks', value: (r) => r.nTasks },
  { header: 'model_version', value: (r) => r.modelVersion },
];
