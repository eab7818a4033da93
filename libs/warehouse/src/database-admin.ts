import { Client } from 'pg';

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** A URL to the same server's maintenance database, for creating and dropping databases. */
function maintenanceUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

async function withMaintenanceClient<T>(
  url: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: maintenanceUrl(url) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` if the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
}

/**
 * (Re)creates database `name` on the server of `serverUrl`, empty or as a copy of `templateName`,
 * and returns its URL.
 */
export async function recreateDatabase(
  serverUrl: string,
  name: string,
  templateName?: string,
): Promise<string> {
  await withMaintenanceClient(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    const template = templateName ? ` TEMPLATE ${quoteIdentifier(templateName)}` : '';
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(databaseName(url))} WITH (FORCE)`),
  );
}
