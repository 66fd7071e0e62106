import type { Metadata } from 'next';
import { authConfig, WRITES_DISABLED_MESSAGE, writesEnabled } from '@/lib/auth/config';
import { safeNextPath } from '@/lib/auth/next-path';
import { LoginForm } from './login-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

/** Sign-in page: the admin password, or the READ_TOKEN when reads are protected. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const config = authConfig();
  const { next } = await searchParams;
  const nextPath = safeNextPath(next); // the script's sign-in follows it too, so it is checked here
  const canSignIn = writesEnabled(config) || !!config.readToken;
  return (
    <section className="panel" style={{ maxWidth: 460, margin: '3rem auto' }}>
      <h1>Sign in</h1>
      {writesEnabled(config) ? (
        <p>Enter the admin password to upload data, import files and manage models.</p>
      ) : (
        <p role="status">{WRITES_DISABLED_MESSAGE}</p>
      )}
      {config.readToken ? <p>Readers can sign in with the read token.</p> : null}
      {canSignIn ? <LoginForm next={nextPath} /> : null}
    </section>
  );
}
