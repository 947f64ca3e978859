// The operations the benches send, as the web app would, with the field names of apps/api/schema.gql.

/** The fields of a post on the thread page; the live fan-out selects the same. */
export const POST_FIELDS = `id body bodyHtml createdAt author { id displayName memberships { organisation { id name } } }`;

export const THREAD_PAGE_QUERY = `query ThreadPage($id: ID!) { thread(id: $id) { id title posts(first: 50) { nodes { ${POST_FIELDS} } } } }`;

export const ADD_POST_MUTATION = `mutation AddPost($input: AddPostInput!) { addPost(input: $input) { id } }`;

export const POST_ADDED_SUBSCRIPTION = `subscription PostAdded($threadId: ID!) { postAdded(threadId: $threadId) { ${POST_FIELDS} } }`;

export const TYPENAME_QUERY = '{ __typename }';

export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}

export const jsonHeaders = (authorization?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(authorization ? { authorization } : {}),
});

/** One POST /graphql; returns the parsed answer (data and errors as they came). */
export async function postGraphql(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  authorization?: string,
): Promise<{ data?: unknown; errors?: unknown }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: jsonHeaders(authorization),
    body: graphqlBody(query, variables),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as { data?: unknown; errors?: unknown };
  } catch {
    throw new Error(`${baseUrl}/graphql answered ${res.status} without JSON: ${text.slice(0, 500)}`);
  }
}

/** As postGraphql, but an answer with errors or without data throws. */
export async function requireData<T>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  authorization?: string,
): Promise<T> {
  const answer = await postGraphql(baseUrl, query, variables, authorization);
  if (answer.errors || !answer.data) throw new Error(`GraphQL error from ${baseUrl}: ${JSON.stringify(answer).slice(0, 1000)}`);
  return answer.data as T;
}
