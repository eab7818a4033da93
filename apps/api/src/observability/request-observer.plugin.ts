import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Kind, type DocumentNode, type OperationDefinitionNode, visit } from 'graphql';
import { AuditLog, isSecretName } from '../audit/audit-log';
import type { RequestWithUser } from '../auth/auth.guard';
import { ApiMetrics } from './api-metrics';
import { JsonLogger } from './json-logger';

export type ObservedRequest = RequestWithUser & { requestId?: string };
type Context = { req: ObservedRequest };

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * One place that watches every GraphQL request end: a structured log line, the Prometheus duration
 * histogram and error counter, and the audit entry. It runs for requests refused before any
 * resolver (unauthenticated, too deep) as well.
 */
@Plugin()
export class RequestObserverPlugin implements ApolloServerPlugin<Context> {
  constructor(
    private readonly audit: AuditLog,
    private readonly metrics: ApiMetrics,
    private readonly logger: JsonLogger,
  ) {}

  async requestDidStart({
    contextValue,
  }: {
    contextValue: Context;
  }): Promise<GraphQLRequestListener<Context>> {
    const started = performance.now();
    const occurredAt = new Date();
    const request = contextValue.req;
    const header = request.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    request.requestId = requestId;
    return {
      willSendResponse: async (context) => {
        context.response.http.headers.set('x-request-id', requestId);
        const durationMs = Math.round(performance.now() - started);
        const body = context.response.body;
        const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
        const codes = errors.map((error) =>
          String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
        );
        // A document that did not parse has no operation; its name is what the client called it.
        const operation = context.operation as OperationDefinitionNode | undefined;
        const operationName = context.operationName ?? rootFields(operation) ?? null;
        const outcome = codes[0] ?? 'ok';
        const user = request.user;
        this.metrics.observe(operationName ?? 'unknown', durationMs / 1000, codes);
        this.logger.event(codes.includes('INTERNAL_SERVER_ERROR') ? 'error' : 'info', {
          requestId,
          user: user?.username ?? null,
          operation: operationName,
          durationMs,
          outcome,
        });
        this.audit.record(
          {
            requestId,
            occurredAt,
            userId: user?.userId ?? null,
            username: user?.username ?? null,
            role: user?.role ?? null,
            operationName,
            operationType: operation?.operation ?? null,
            variables: context.request.variables ?? {},
            municipalityCodes: [...(request.municipalityCodesAsked ?? [])].sort(),
            outcome,
            durationMs,
          },
          secretVariables(context.document),
        );
      },
    };
  }
}

/** Variables passed to a secret argument, whatever the client named them (`password: $p`). */
function secretVariables(document: DocumentNode | undefined): Set<string> {
  const names = new Set<string>();
  if (document)
    visit(document, {
      Argument(argument) {
        if (isSecretName(argument.name.value) && argument.value.kind === Kind.VARIABLE)
          names.add(argument.value.name.value);
      },
    });
  return names;
}

/** An anonymous operation is named by its root fields, e.g. "metrics,dataQuality". */
function rootFields(operation: OperationDefinitionNode | undefined): string | undefined {
  const names = operation?.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD ? [s.name.value] : [],
  );
  return names && names.length > 0 ? names.join(',') : undefined;
}
