import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { Warehouse } from '../database/warehouse';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionTokens } from './session-token';
import { addUser, DEV_PASSWORD, seedDevAccounts } from './users';

const throttle = () => new LoginThrottle({ failuresBeforeLock: 10, lockSeconds: 60 });

describe('users', () => {
  let db: TestDatabase;
  let repository: AuthRepository;
  let sut: AuthService;

  beforeAll(async () => {
    db = await createTestDatabase();
    repository = new AuthRepository(new Warehouse(db.dataSource));
    sut = new AuthService(repository, new SessionTokens(Buffer.alloc(32, 7)), throttle());
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('seeds one demo account per role for 0169 once, and they can sign in', async () => {
    expect(await seedDevAccounts(repository)).toEqual([
      'director',
      'finance',
      'centre_manager',
      'council',
      'admin',
    ]);
    expect(await seedDevAccounts(repository)).toEqual([]);
    const session = await sut.login('Council', DEV_PASSWORD);
    expect(session.user).toMatchObject({ role: 'council', municipalityCodes: ['0169'] });
    expect(await sut.authenticate(`Bearer ${session.token}`)).toMatchObject({
      username: 'council',
    });
  });

  it('stores only an argon2id hash', async () => {
    const [row] = await db.dataSource.query(
      `SELECT password_hash FROM auth.user_account WHERE username = 'admin'`,
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(DEV_PASSWORD);
  });

  it('updates an existing user: password, role and grants', async () => {
    const input = {
      username: 'kim',
      password: 'first-password-long',
      role: 'finance',
      municipalityCodes: ['0169', '0151'],
    };
    const id = await addUser(repository, input);
    expect(
      await addUser(repository, {
        ...input,
        password: 'second-password',
        municipalityCodes: ['0151'],
      }),
    ).toBe(id);
    expect(await repository.findById(id)).toMatchObject({
      role: 'finance',
      municipalityCodes: ['0151'],
    });
    await expect(sut.login('kim', 'first-password-long')).rejects.toThrow(
      'wrong username or password',
    );
    expect((await sut.login('kim', 'second-password')).user.municipalityCodes).toEqual(['0151']);
  });

  it('refuses a bad role, municipality or short password with the reason', async () => {
    const ok = {
      username: 'x1',
      password: 'long-enough-pw',
      role: 'admin',
      municipalityCodes: ['0169'],
    };
    await expect(addUser(repository, { ...ok, role: 'king' })).rejects.toThrow(
      'role king is not one of',
    );
    await expect(addUser(repository, { ...ok, municipalityCodes: ['169'] })).rejects.toThrow(
      'four-digit',
    );
    await expect(addUser(repository, { ...ok, municipalityCodes: [] })).rejects.toThrow(
      'at least one',
    );
    await expect(addUser(repository, { ...ok, password: 'short' })).rejects.toThrow('at least 12');
  });

  it('signs out a disabled user within the cache time', async () => {
    const session = await sut.login('director', DEV_PASSWORD);
    await db.dataSource.query(
      `UPDATE auth.user_account SET is_disabled = true WHERE username = 'director'`,
    );
    const fresh = new AuthService(repository, new SessionTokens(Buffer.alloc(32, 7)), throttle());
    await expect(fresh.authenticate(`Bearer ${session.token}`)).rejects.toThrow('disabled');
    await expect(fresh.login('director', DEV_PASSWORD)).rejects.toThrow(
      'wrong username or password',
    );
  });
});
