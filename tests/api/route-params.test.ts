import { describe, expect, it } from 'vitest';
import { GET as occupationRoute } from '@/app/api/occupations/[code]/route';
import { decodeRouteParam } from '@/lib/http/params';

const req = (path: string) => new Request(`http://localhost${path}`);
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

describe('occupation code segments with percent signs (issue 9: were 500 from a second decodeURIComponent)', () => {
  // Each path as the browser sends it, with the segment both as Next decodes it and still encoded.
  it.each([
    ['%25', ['%', '%25']],
    ['%ff', ['%ff']],
    ['%E0%A4%A', ['%E0%A4%A']],
  ])('/api/occupations/%s → 400 naming the code', async (segment, forms) => {
    for (const code of forms) {
      const res = await occupationRoute(req(`/api/occupations/${segment}`), params({ code }));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; parameter: string };
      expect(body.parameter).toBe('code');
      expect(body.error).toMatch(/Invalid parameter "code"/);
    }
  });

  it('decodes an escape once, keeps decoded text as is and refuses malformed escapes', () => {
    expect(decodeRouteParam('11-1011.00')).toBe('11-1011.00');
    expect(decodeRouteParam('11%2D1011.00')).toBe('11-1011.00');
    expect(decodeRouteParam('%')).toBeNull();
    expect(decodeRouteParam('%ff')).toBeNull();
    expect(decodeRouteParam('%E0%A4%A')).toBeNull();
  });
});
