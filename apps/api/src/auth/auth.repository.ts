import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';
import type { Role } from './roles';

export interface UserRow {
  userId: number;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  isDisabled: boolean;
  municipalityCodes: string[];
}

/** auth.* is the API's own bookkeeping, not municipality data: read as the owner. */
@Injectable()
export class AuthRepository {
  constructor(private readonly warehouse: Warehouse) {}

  async findByUsername(username: string): Promise<UserRow | undefined> {
    const [row] = await this.warehouse.queryAsOwner<UserRow>(
      `${SELECT_USER} WHERE u.username = $1`,
      [username],
    );
    return row;
  }

  async findById(userId: number): Promise<UserRow | undefined> {
    const [row] = await this.warehouse.queryAsOwner<UserRow>(
      `${SELECT_USER} WHERE u.user_id = $1`,
      [userId],
    );
    return row;
  }

  /** Creates the user or, when the username exists, replaces its name, password, role and grants. */
  async upsert(user: {
    username: string;
    displayName: string;
    passwordHash: string;
    role: Role;
    municipalityCodes: string[];
  }): Promise<number> {
    const [row] = await this.warehouse.queryAsOwner<{ userId: number }>(
      `WITH account AS (
         INSERT INTO auth.user_account (username, display_name, password_hash, role)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (username) DO UPDATE
           SET display_name = excluded.display_name, password_hash = excluded.password_hash,
               role = excluded.role, is_disabled = false
         RETURNING user_id
       ), dropped AS (
         DELETE FROM auth.user_municipality m USING account a
         WHERE m.user_id = a.user_id AND m.municipality_code <> ALL ($5::char(4)[])
       ), granted AS (
         INSERT INTO auth.user_municipality (user_id, municipality_code)
         SELECT a.user_id, code FROM account a, unnest($5::char(4)[]) AS code
         ON CONFLICT DO NOTHING
       )
       SELECT user_id AS "userId" FROM account`,
      [user.username, user.displayName, user.passwordHash, user.role, user.municipalityCodes],
    );
    if (!row) throw new Error(`user ${user.username} was not written`);
    return row.userId;
  }
}

const SELECT_USER = `
  SELECT u.user_id AS "userId", u.username, u.display_name AS "displayName",
         u.password_hash AS "passwordHash", u.role, u.is_disabled AS "isDisabled",
         array(SELECT m.municipality_code::text FROM auth.user_municipality m
               WHERE m.user_id = u.user_id ORDER BY 1) AS "municipalityCodes"
  FROM auth.user_account u`;
