import type { Role } from './roles';

/** The signed-in user of a request, as the guard resolved it from the token and the database. */
export interface AuthUser {
  userId: number;
  username: string;
  role: Role;
  /** Municipalities the user may see, sorted. */
  municipalityCodes: string[];
}
