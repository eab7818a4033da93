import { useMutation } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import { startSession, type Session } from '../../../lib/session';

export const LOGIN_MUTATION = /* GraphQL */ `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        username
        displayName
        role
        municipalityCodes
      }
    }
  }
`;

type LoginAnswer = {
  login: {
    token: string;
    expiresAt: string;
    user: { username: string; displayName: string; role: string; municipalityCodes: string[] };
  };
};

export async function login(username: string, password: string): Promise<Session> {
  const { login: answer } = await graphqlRequest<
    LoginAnswer,
    { username: string; password: string }
  >(LOGIN_MUTATION, { username, password });
  return {
    token: answer.token,
    expiresAt: answer.expiresAt,
    username: answer.user.username,
    displayName: answer.user.displayName,
    role: answer.user.role,
    municipalityCodes: answer.user.municipalityCodes,
  };
}

/** Signs in and, on success, starts the session (which shows the dashboard). */
export function useLogin() {
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      login(username, password),
    onSuccess: startSession,
  });
}
