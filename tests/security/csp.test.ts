import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { nonceOf, pageContentSecurityPolicy } from '@/lib/http/csp';
import { proxy } from '@/proxy';

const scriptSrc = (policy: string | null) =>
  (policy ?? '')
    .split(';')
    .find((d) => d.trim().startsWith('script-src'))
    ?.trim() ?? '';

describe('page Content-Security-Policy', () => {
  it('allows scripts only by a fresh nonce, never inline, and eval only in development', () => {
    const production = pageContentSecurityPolicy('abc', false);
    expect(scriptSrc(production)).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).toContain("object-src 'none'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(scriptSrc(pageContentSecurityPolicy('abc', true))).toContain("'unsafe-eval'");
  });

  it('is set by the proxy on the response and on the request Next renders from, with the same nonce', async () => {
    const first = await proxy(new NextRequest('http://127.0.0.1:3000/login'));
    const policy = first.headers.get('content-security-policy');
    const nonce = nonceOf(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(scriptSrc(policy)).not.toContain('unsafe-inline');
    // NextResponse.next({ request: { headers } }) hands Next the request headers to render with.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    const second = await proxy(new NextRequest('http://127.0.0.1:3000/login'));
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce);
  });

  it('is on the answers the proxy gives itself (a malformed path)', async () => {
    const res = await proxy(new NextRequest('http://127.0.0.1:3000/occupations/%E0%A4%A'));
    expect(res.status).toBe(400);
    expect(nonceOf(res.headers.get('content-security-policy'))).toBeTruthy();
  });
});
