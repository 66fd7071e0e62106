'use client';

import { type FormEvent, useState } from 'react';
import { safeNextPath } from '@/lib/auth/next-path';

/** Password form: posts JSON to /api/auth/login, and still works as a plain form without JavaScript. */
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    try {
      const res = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ password }),
      });
      if (res.ok) {
        window.location.assign(safeNextPath(next)); // checked again here: it came from the URL
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { error?: string };
      setError(body.error ?? `Sign-in failed (HTTP ${res.status}).`);
    } catch {
      setError('Network error: the server did not answer.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="post" action="/api/auth/login" onSubmit={onSubmit} aria-label="Sign in">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="password">Password</label>{' '}
      <input id="password" name="password" type="password" autoComplete="current-password" required />{' '}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      {error ? (
        <p role="alert" style={{ color: '#b00020' }}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
