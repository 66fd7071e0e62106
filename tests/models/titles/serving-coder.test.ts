import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { servingTitleCoder } from '@/lib/models/titles/serve';

// Next bundles instrumentation.ts (which warms the coder), pages and route handlers as separate module instances.
describe('servingTitleCoder', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'taskshift-coders-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is one load per process: a second instance of the module gets the first one’s promise', async () => {
    const first = servingTitleCoder(root);
    expect(await first).toBeNull(); // no artifact under this root: search falls back to lexical matching
    vi.resetModules();
    const again = await import('@/lib/models/titles/serve');
    expect(again.servingTitleCoder).not.toBe(servingTitleCoder);
    expect(again.servingTitleCoder(root)).toBe(first);
    const other = mkdtempSync(path.join(tmpdir(), 'taskshift-coders-'));
    try {
      expect(again.servingTitleCoder(other)).not.toBe(first); // each folder is its own coder
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
