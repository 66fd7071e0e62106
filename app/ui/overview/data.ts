import { cache } from 'react';
import { fetchOverview } from '@/lib/db/queries/overview';

/** The overview data, loaded once per request however many widgets ask. */
export const getOverview = cache(() => fetchOverview());
