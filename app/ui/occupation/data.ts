import { notFound } from 'next/navigation';
import { cache } from 'react';
import { type CatalogueOccupation, fetchCatalogue } from '@/lib/db/queries/catalogue';
import { fetchOccupationDetail, type OccupationDetail } from '@/lib/db/queries/occupation-detail';

/** The header's data: one occupation's catalogue row and the model version its scores come from. */
export interface OccupationSummary {
  occupation: CatalogueOccupation;
  modelVersion: string | null;
  employmentYear: number | null;
}

/**
 * The occupation's catalogue row (titles, employment, score), or null for an unknown code.
 * The catalogue is memoised across requests in lib/db, so the header renders before the slow widgets.
 */
export const fetchOccupationSummary = cache(async (code: string): Promise<OccupationSummary | null> => {
  const catalogue = await fetchCatalogue();
  const occupation = catalogue.byCode.get(code);
  return occupation
    ? { occupation, modelVersion: catalogue.modelVersion, employmentYear: catalogue.employmentYear }
    : null;
});

/** The full detail, loaded once per request however many widgets ask for it. */
export const fetchDetailOnce = cache((code: string) => fetchOccupationDetail(code));

/** The detail for a widget; an occupation that vanished mid-request is not found. */
export async function fetchWidgetDetail(code: string): Promise<OccupationDetail> {
  const detail = await fetchDetailOnce(code);
  if (!detail) notFound();
  return detail;
}
