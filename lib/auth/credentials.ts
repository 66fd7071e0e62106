import type { AuthConfig } from './config';
import { safeEqual, verifyPasswordHash } from './password';
import type { Role } from './session';

/**
 * The role a password typed on the login page grants: the admin password (checked against
 * ADMIN_PASSWORD_HASH when set, else ADMIN_PASSWORD), or the READ_TOKEN for a read-only session.
 */
export async function roleForPassword(password: string, config: AuthConfig): Promise<Role | undefined> {
  if (config.adminPasswordHash) {
    if (await verifyPasswordHash(password, config.adminPasswordHash)) return 'admin';
  } else if (config.adminPassword && safeEqual(password, config.adminPassword)) {
    return 'admin';
  }
  if (config.readToken && safeEqual(password, config.readToken)) return 'reader';
  return undefined;
}
