import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { viewRows } from '@/lib/views/registry';
import { type View, ViewNotFound } from '@/lib/views/view';

export { csvHref } from '@/lib/views/registry';

/**
 * The rows a chart or table draws: its view (lib/views) opened with the page's filters, the same
 * rows its CSV link exports. A code that names nothing is the page's 404.
 */
export async function drawView<P extends z.ZodType, Row>(view: View<P, Row>, query: Record<string, string> = {}) {
  try {
    return await viewRows(view, query);
  } catch (err) {
    if (err instanceof ViewNotFound) notFound();
    throw err;
  }
}
