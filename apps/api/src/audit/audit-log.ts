import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type AuditEntry, AuditRepository } from './audit.repository';

/**
 * Variables whose names look like these are never stored; an uploaded file (`contentBase64`) is
 * not a secret, but it may hold CPR numbers and is the size of an export.
 */
const SECRET = /pass(word)?|secret|token|authorization|cpr|base64/i;

/**
 * The GDPR audit trail of who asked for what. Entries are buffered and written after the response
 * has gone (one INSERT per batch), so the log adds no latency; a batch that cannot be written is
 * logged as an error with its entries, never dropped silently, and the buffer is flushed when the
 * app shuts down.
 */
@Injectable()
export class AuditLog implements OnApplicationShutdown {
  private readonly logger = new Logger('Audit');
  private pending: AuditEntry[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly repository: AuditRepository) {}

  /** `secretVariables`: variables the operation passes to secret arguments (e.g. `password: $p`). */
  record(entry: AuditEntry, secretVariables: ReadonlySet<string> = new Set()): void {
    this.pending.push({ ...entry, variables: withoutSecrets(entry.variables, secretVariables) });
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.write(),
    );
  }

  /** Resolves when everything recorded so far is written (or logged as failed). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  private async write(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      await this.repository.insert(batch);
    } catch (error) {
      this.logger.error(
        `could not write ${batch.length} audit entries: ${(error as Error).message}; entries: ${JSON.stringify(batch)}`,
      );
    } finally {
      this.flushing =
        this.pending.length > 0
          ? new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.write())
          : undefined;
    }
  }
}

/** Whether an argument or variable of this name holds a secret. */
export const isSecretName = (name: string): boolean => SECRET.test(name);

export function withoutSecrets(
  variables: Record<string, unknown>,
  secretVariables: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      isSecretName(name) || secretVariables.has(name)
        ? '[removed]'
        : value !== null && typeof value === 'object' && !Array.isArray(value)
          ? withoutSecrets(value as Record<string, unknown>)
          : value,
    ]),
  );
}
