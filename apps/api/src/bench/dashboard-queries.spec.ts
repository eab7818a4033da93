import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { BENCH_MUNICIPALITIES, DASHBOARD_QUERIES, LOAD_TEST_QUERY } from './dashboard-queries';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const period = { municipalityCode: BENCH_MUNICIPALITIES[1], from: '2025-01-01', to: '2025-12-31' };

describe('the bench queries', () => {
  it.each([...DASHBOARD_QUERIES, LOAD_TEST_QUERY].map((query) => [query.name, query] as const))(
    '%s is a valid document of the committed schema, with the variables it declares',
    (_name, query) => {
      const document = parse(query.document);
      expect(validate(schema, document).map((error) => error.message)).toEqual([]);
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === 'OperationDefinition',
      );
      const variables = getVariableValues(
        schema,
        operation?.variableDefinitions ?? [],
        query.variables(period),
      );
      expect(variables.errors?.map((error) => error.message)).toBeUndefined();
    },
  );
});
