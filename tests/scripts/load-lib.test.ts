import { describe, expect, it } from 'vitest';
import { pageWeight, treeCpuMs } from '../../bench/load-lib';

describe('load bench measures', () => {
  it('splits a page into its bytes and the RSC payload Next inlines', () => {
    const push1 = '[1,"0:{\\"a\\":1}\\n"]';
    const push2 = '[1,"1:[\\"$\\",\\"p\\",null,{}]\\n"]';
    const html = `<html><body><p>é</p><script>self.__next_f.push(${push1})</script><script nonce="n">self.__next_f.push(${push2})</script></body></html>`;
    expect(pageWeight(html)).toEqual({ bytes: Buffer.byteLength(html), rscBytes: push1.length + push2.length });
    expect(pageWeight('<p>no payload</p>').rscBytes).toBe(0);
  });

  it.skipIf(process.platform !== 'linux')('counts the CPU time a process has used, growing as it works', () => {
    const before = treeCpuMs(process.pid);
    const until = performance.now() + 150;
    let x = 0;
    while (performance.now() < until) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(treeCpuMs(process.pid)).toBeGreaterThan(before);
  });
});
