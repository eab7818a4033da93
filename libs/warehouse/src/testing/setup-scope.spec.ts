import { SetupScope } from './setup-scope';

describe('SetupScope', () => {
  it('closes what was started, newest first, and every close runs even if one fails', async () => {
    const scope = new SetupScope();
    const closed: string[] = [];
    await scope.start(
      async () => 'database',
      async (name) => void closed.push(name),
    );
    await scope.start(
      async () => 'server',
      async () => {
        closed.push('server');
        throw new Error('server would not stop');
      },
    );
    await scope.start(
      async () => 'browser',
      async (name) => void closed.push(name),
    );
    await expect(scope.close()).rejects.toThrow('closing the test setup failed');
    expect(closed).toEqual(['browser', 'server', 'database']);
  });

  it('closes at once what was still starting when the scope closed (a timed-out setup), and stops the setup', async () => {
    const scope = new SetupScope();
    let finishStarting!: (resource: string) => void;
    const closed: string[] = [];
    const starting = scope.start(
      () => new Promise<string>((resolve) => (finishStarting = resolve)),
      async (name) => void closed.push(name),
    );
    await scope.close();
    finishStarting('server');
    await expect(starting).rejects.toThrow(/outlived its test file/);
    expect(closed).toEqual(['server']);
  });

  it('starts nothing once closed', async () => {
    const scope = new SetupScope();
    await scope.close();
    const launch = jest.fn(async () => 'browser');
    await expect(scope.start(launch, async () => undefined)).rejects.toThrow(
      /outlived its test file/,
    );
    expect(launch).not.toHaveBeenCalled();
    expect(() => scope.assertOpen()).toThrow(/outlived its test file/);
  });
});
