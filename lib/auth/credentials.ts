import type { AuthConfig } from './config';
import { type HashGate, hashGate } from './hash-gate';
import { safeEqual, verifyPasswordHash } from './password';
import type { Role } from './session';

/**
 * The role a password typed on the login page grants: the admin password (checked against
 * ADMIN_PASSWORD_HASH when set, else ADMIN_PASSWORD), or the READ_TOKEN for a read-only session.
 * Hash checks wait their turn at `gate`, which throws HashQueueFullError when its queue is full.
 */
export async function roleForPassword(
  password: string,
  config: AuthConfig,
  gate: HashGate = hashGate(),
): Promise<Role | undefined> {
  if (config.adminPasswordHash) {
    const hash = config.adminPasswordHash;
    if (await gate.run(() => verifyPasswordHash(password, hash))) return 'admin';
  } else if (config.adminPassword && safeEqual(password, config.adminPassword)) {
    return 'admin';
  }
  if (config.readToken && safeEqual(password, config.readToken)) return 'reader';
  return undefined;
}
