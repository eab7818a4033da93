import type { LoggerService } from '@nestjs/common';

type Level = 'error' | 'warn' | 'info' | 'debug' | 'verbose';

/** Nest's start-up chatter (every module and route it wires) is not worth a log line each. */
const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
  'GraphQLModule',
]);

/**
 * One JSON object per line on stdout (errors on stderr), for log shippers: Nest's own messages
 * and one line per GraphQL request (see RequestObserverPlugin).
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly levels: readonly Level[] = ['error', 'warn', 'info'],
    private readonly write: (line: string, level: Level) => void = (line, level) =>
      (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`),
  ) {}

  log(message: unknown, context?: string): void {
    this.emit(context && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : 'info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.emit('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.emit('verbose', message, context);
  }

  /** A structured line: `fields` become top-level keys. */
  event(level: Level, fields: Record<string, unknown>): void {
    if (!this.levels.includes(level)) return;
    this.write(JSON.stringify({ time: new Date().toISOString(), level, ...fields }), level);
  }

  private emit(level: Level, message: unknown, context?: string, trace?: string): void {
    this.event(level, {
      ...(context ? { context } : {}),
      message: message instanceof Error ? message.message : message,
      ...(trace ? { trace } : {}),
    });
  }
}
