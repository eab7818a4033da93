/**
 * `npm run user -- add --username x --role admin --municipality 0169 [--municipality 0151]
 * [--name "Full Name"]`: creates an API user, or updates one with that username. The password
 * comes from USER_PASSWORD, or is asked for (not echoed) when the terminal is interactive.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { migrateWarehouse } from '@kanalindsigt/warehouse/migrate';
import { Warehouse } from '../database/warehouse';
import { AuthRepository } from './auth.repository';
import { addUser } from './users';

const USAGE =
  'usage: npm run user -- add --username NAME --role director|finance|centre_manager|council|admin --municipality 0169 [--municipality 0151] [--name "Full Name"]';

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY)
    throw new Error('set USER_PASSWORD, or run in a terminal to be asked for the password');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write('Password: ');
  // Echo nothing of what is typed.
  (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  const password = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      municipality: { type: 'string', multiple: true },
      name: { type: 'string' },
    },
  });
  if (positionals[0] !== 'add' || !values.username || !values.role) throw new Error(USAGE);
  const password = process.env.USER_PASSWORD ?? (await askPassword());
  const database = await provideDatabase(() => undefined);
  const dataSource = createWarehouseDataSource(database.url, 1);
  await dataSource.initialize();
  try {
    await migrateWarehouse(dataSource);
    const userId = await addUser(new AuthRepository(new Warehouse(dataSource)), {
      username: values.username,
      displayName: values.name,
      password,
      role: values.role,
      municipalityCodes: values.municipality ?? [],
    });
    console.log(`user ${values.username} saved (id ${userId})`);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
