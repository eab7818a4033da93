import { Logger } from '@nestjs/common';
import { AuditLog, withoutSecrets } from './audit-log';
import type { AuditEntry, AuditRepository } from './audit.repository';

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  requestId: 'r1',
  occurredAt: new Date('2026-11-29T08:00:00Z'),
  userId: 1,
  username: 'director',
  role: 'director',
  operationName: 'metrics',
  operationType: 'query',
  variables: {},
  municipalityCodes: ['0169'],
  outcome: 'ok',
  durationMs: 12,
  ...overrides,
});

describe(AuditLog.name, () => {
  it('writes entries in one batch after the caller has moved on', async () => {
    const batches: AuditEntry[][] = [];
    const sut = new AuditLog({
      insert: async (entries: AuditEntry[]) => void batches.push(entries),
    } as unknown as AuditRepository);
    sut.record(entry({ requestId: 'a' }));
    sut.record(entry({ requestId: 'b' }));
    expect(batches).toEqual([]);
    await sut.flush();
    expect(batches.map((batch) => batch.map((e) => e.requestId))).toEqual([['a', 'b']]);
  });

  it('logs a batch it cannot write, with its entries, instead of dropping it silently', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const sut = new AuditLog({
      insert: async () => {
        throw new Error('database is down');
      },
    } as unknown as AuditRepository);
    sut.record(entry({ requestId: 'lost?' }));
    await sut.flush();
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(/could not write 1 audit entries: database is down.*lost\?/),
    );
    error.mockRestore();
  });
});

describe(withoutSecrets.name, () => {
  it('removes secret-looking names, nested too, and the variables named as secret', () => {
    expect(
      withoutSecrets(
        { password: 'x', p: 'y', input: { newPassword: 'z', municipalityCode: '0169' }, m: '0169' },
        new Set(['p']),
      ),
    ).toEqual({
      password: '[removed]',
      p: '[removed]',
      input: { newPassword: '[removed]', municipalityCode: '0169' },
      m: '0169',
    });
  });
});
