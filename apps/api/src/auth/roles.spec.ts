import { mayRun, ROLES, type Role } from './roles';

describe(mayRun.name, () => {
  const managers: Role[] = ['director', 'finance', 'centre_manager'];

  it('lets every role run public operations, signed in or not', () => {
    for (const role of ROLES)
      expect(mayRun(role, { type: 'mutation', audience: 'public' })).toBe(true);
  });

  it('lets managers and admin run every query, council only council-visible ones', () => {
    for (const role of [...managers, 'admin' as const]) {
      expect(mayRun(role, { type: 'query', audience: 'default' })).toBe(true);
      expect(mayRun(role, { type: 'query', audience: 'council' })).toBe(true);
    }
    expect(mayRun('council', { type: 'query', audience: 'default' })).toBe(false);
    expect(mayRun('council', { type: 'query', audience: 'council' })).toBe(true);
  });

  it('keeps mutations for admin', () => {
    for (const role of [...managers, 'council' as const])
      expect(mayRun(role, { type: 'mutation', audience: 'default' })).toBe(false);
    expect(mayRun('admin', { type: 'mutation', audience: 'default' })).toBe(true);
  });
});
