import { cookies, headers } from 'next/headers';
import { authConfig, WRITES_DISABLED_MESSAGE, writesEnabled } from './config';
import { principalOf } from './guard';
import type { Role } from './session';

/** The role of the current request inside a server component or server action. */
export async function currentRole(): Promise<Role | undefined> {
  const requestHeaders = new Headers(await headers());
  // cookies() reflects cookies set earlier in this action too; rebuild the header from it.
  const jar = await cookies();
  requestHeaders.set(
    'cookie',
    jar
      .getAll()
      .map((c) => `${c.name}=${c.value}`)
      .join('; '),
  );
  return principalOf({ headers: requestHeaders });
}

/**
 * Guard for server actions (Next checks their Origin itself): throws unless the caller is an admin.
 * Call it first in every action that writes.
 */
export async function requireAdminAction(): Promise<void> {
  if (!writesEnabled(authConfig())) throw new Error(WRITES_DISABLED_MESSAGE);
  if ((await currentRole()) !== 'admin') throw new Error('Admin sign-in required.');
}
