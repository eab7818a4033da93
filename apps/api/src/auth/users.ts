import { hash } from '@node-rs/argon2';
import type { AuthRepository } from './auth.repository';
import { isRole, type Role } from './roles';

export interface NewUser {
  username: string;
  displayName?: string;
  password: string;
  role: string;
  municipalityCodes: string[];
}

/** The password of the demo accounts `npm start` creates outside production (see README). */
export const DEV_PASSWORD = 'kanalindsigt-dev';

/** Checks and stores a user (argon2id hash); an existing username gets the new details. */
export async function addUser(repository: AuthRepository, user: NewUser): Promise<number> {
  const username = user.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(username))
    throw new Error(
      `username ${user.username} must be 2–64 characters: letters, digits, . _ @ - (lower case)`,
    );
  if (!isRole(user.role))
    throw new Error(
      `role ${user.role} is not one of director, finance, centre_manager, council, admin`,
    );
  const bad = user.municipalityCodes.filter((code) => !/^0\d{3}$/.test(code));
  if (bad.length > 0 || user.municipalityCodes.length === 0)
    throw new Error(
      `give at least one municipality as an official four-digit code such as 0169 (got ${bad.join(', ') || 'none'})`,
    );
  if (user.password.length < 12) throw new Error('the password must be at least 12 characters');
  return repository.upsert({
    username,
    displayName: user.displayName ?? username,
    passwordHash: await hash(user.password),
    role: user.role as Role,
    municipalityCodes: [...new Set(user.municipalityCodes)].sort(),
  });
}

/**
 * One demo account per role for the sample municipality 0169, all with DEV_PASSWORD, created when
 * missing. Only for development: start.ts never calls it when NODE_ENV=production.
 */
export async function seedDevAccounts(repository: AuthRepository): Promise<string[]> {
  const created: string[] = [];
  for (const role of ['director', 'finance', 'centre_manager', 'council', 'admin'] as const) {
    if (await repository.findByUsername(role)) continue;
    await addUser(repository, {
      username: role,
      displayName: `Demo ${role.replace('_', ' ')}`,
      password: DEV_PASSWORD,
      role,
      municipalityCodes: ['0169'],
    });
    created.push(role);
  }
  return created;
}
