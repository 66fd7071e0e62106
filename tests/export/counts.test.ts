import { describe, expect, it } from 'vitest';
import { weightedHistogram } from '@/lib/analytics/weighted';
import { wholeCount, wholeCountReplacer, withWholeCounts } from '@/lib/views/counts';
import { toCsv } from '@/lib/export/csv';

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

describe('worker counts and bin edges as people read them', () => {
  it('rounds worker counts, leaves other values alone', () => {
    expect(wholeCount(656402.4)).toBe(656402);
    expect(wholeCount(2.5)).toBe(3);
    expect(wholeCount(null)).toBeNull();
    expect(wholeCount('x')).toBe('x');
  });
  it('writes worker-count CSV columns as whole numbers, by header', async () => {
    const columns = withWholeCounts([
      { header: 'title', value: (r: { w: number; e: number }) => `t${r.w}` },
      { header: 'workers', value: (r) => r.w },
      { header: 'exposure', value: (r) => r.e },
    ]);
    expect(await text(toCsv(columns, [{ w: 1234.6, e: 0.4567 }]))).toBe(
      'title,workers,exposure\r\nt1234.6,1235,0.4567\r\n',
    );
  });
  it('rounds worker counts in JSON by key, not wages, scores or projections in thousands', () => {
    const body = {
      workers: 10.4,
      items: [{ employment: 99.5, exposure: 0.25, medianWage: 55000.5 }],
      projections: [{ base: 123.4 }],
    };
    expect(JSON.parse(JSON.stringify(body, wholeCountReplacer))).toEqual({
      workers: 10,
      items: [{ employment: 100, exposure: 0.25, medianWage: 55000.5 }],
      projections: [{ base: 123.4 }],
    });
  });
  it('rounds histogram bin edges to clean decimals', () => {
    const bins = weightedHistogram([{ value: 0.35, weight: 1 }], 10);
    expect(bins.map((b) => b.from)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    expect(bins[2]!.to).toBe(0.3); // 3 × 0.1 would be 0.30000000000000004
    expect(bins[3]!.weight).toBe(1);
  });
});
