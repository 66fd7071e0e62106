import { redirect } from 'next/navigation';
import { currentRole } from '@/lib/auth/action';

/** Catalogue pages are private: without a session the visitor is sent to sign in, then back. */
export async function signedInOrLogin(path: string): Promise<void> {
  if (!(await currentRole())) redirect(`/login?next=${encodeURIComponent(path)}`);
}
