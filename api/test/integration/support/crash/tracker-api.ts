import type { GraphQLResponse } from '../test-app';
import { sessionCookie } from '../accounts';

/** The request got no complete answer: the server went away before or while answering. */
export class Unanswered extends Error {
  override name = 'Unanswered';
}

/** GraphQL over HTTP to a server started as a process, with a session cookie once signed in. */
export interface TrackerApi {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

async function post(url: string, body: unknown, cookie?: string): Promise<{ response: Response; json: unknown }> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    return { response, json: await response.json() };
  } catch (error) {
    throw new Unanswered(String(error));
  }
}

export function trackerApi(url: string, cookie?: string): TrackerApi {
  return {
    async request<T>(query: string, variables?: Record<string, unknown>) {
      return (await post(url, { query, variables }, cookie)).json as GraphQLResponse<T>;
    },
  };
}

/** Signs in and returns the session cookie; the session outlives a restart, as it is kept in the database. */
export async function signInOver(url: string, email: string, password: string): Promise<string> {
  const { response, json } = await post(url, {
    query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
    variables: { input: { email, password } },
  });
  const cookie = sessionCookie(response);
  if (!cookie) throw new Error(`signing in ${email} failed: ${JSON.stringify(json)}`);
  return cookie;
}
