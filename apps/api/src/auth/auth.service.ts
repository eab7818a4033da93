import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { GraphQLError } from 'graphql';
import type { AuthUser } from './auth-user';
import { AuthRepository, type UserRow } from './auth.repository';
import { LoginThrottle } from './login-throttle';
import { InvalidTokenError, SessionTokens } from './session-token';

/** How long a resolved user is reused, so a request costs no lookup yet a disabled user or changed
 * grants take effect within seconds, not at the end of an 8-hour session. */
const USER_CACHE_MS = 30_000;

/** Compared against when the username is unknown, so both cases take as long. */
const UNKNOWN_USER_HASH = hash('not a password of anyone');

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

@Injectable()
export class AuthService {
  private readonly users = new Map<number, { user: AuthUser | undefined; until: number }>();

  constructor(
    private readonly repository: AuthRepository,
    @Inject(SessionTokens) private readonly tokens: SessionTokens,
    @Inject(LoginThrottle) private readonly throttle: LoginThrottle,
  ) {}

  async login(
    username: string,
    password: string,
  ): Promise<{ token: string; expiresAt: Date; user: AuthUser & { displayName: string } }> {
    const name = username.trim().toLowerCase();
    const wait = this.throttle.waitSeconds(name);
    // Checked before the password, so a locked username costs no hashing and reveals nothing.
    if (wait > 0)
      throw new GraphQLError(`too many failed sign-ins for this username; try again in ${wait} s`, {
        extensions: { code: 'RATE_LIMITED' },
      });
    const row = await this.repository.findByUsername(name);
    const valid = await verify(row?.passwordHash ?? (await UNKNOWN_USER_HASH), password);
    if (!row || !valid || row.isDisabled) {
      this.throttle.failed(name);
      throw unauthenticated('wrong username or password');
    }
    this.throttle.succeeded(name);
    return {
      ...this.tokens.sign(row.userId),
      user: { ...toAuthUser(row), displayName: row.displayName },
    };
  }

  /** The user a `Bearer` header signs in, or UNAUTHENTICATED. */
  async authenticate(authorization: string | undefined): Promise<AuthUser> {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated('sign in first: send Authorization: Bearer <token>');
    let userId: number;
    try {
      userId = this.tokens.verify(token).sub;
    } catch (error) {
      if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
      throw error;
    }
    const user = await this.user(userId);
    if (!user) throw unauthenticated('the account is disabled or no longer exists');
    return user;
  }

  async displayName(userId: number): Promise<string> {
    return (await this.repository.findById(userId))?.displayName ?? '';
  }

  private async user(userId: number): Promise<AuthUser | undefined> {
    const cached = this.users.get(userId);
    if (cached && cached.until > Date.now()) return cached.user;
    const row = await this.repository.findById(userId);
    const user = row && !row.isDisabled ? toAuthUser(row) : undefined;
    this.users.set(userId, { user, until: Date.now() + USER_CACHE_MS });
    return user;
  }
}

function toAuthUser(row: UserRow): AuthUser {
  return {
    userId: row.userId,
    username: row.username,
    role: row.role,
    municipalityCodes: row.municipalityCodes,
  };
}
