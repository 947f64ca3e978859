import { gql } from './graphql';

export const DEMO_PASSWORD = 'demo-password-2026';

export type PersonaName = 'anonymous' | 'registered' | 'member' | 'otherMember' | 'facilitator' | 'admin';
export const PERSONAS: PersonaName[] = ['anonymous', 'registered', 'member', 'otherMember', 'facilitator', 'admin'];

export interface Persona {
  name: PersonaName;
  headers: Record<string, string>;
  userId?: string;
}

export async function login(url: string, email: string, password = DEMO_PASSWORD): Promise<{ token: string; userId: string }> {
  const res = await gql(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token viewer { id } } }`, {
    e: email,
    p: password,
  });
  if (!res.data) throw new Error(`login ${email} faalde: ${JSON.stringify(res.errors)}`);
  return { token: res.data['login'].token, userId: res.data['login'].viewer.id };
}

export async function registerPerson(
  url: string,
  email: string,
  extra: { organisationId?: string } = {},
): Promise<{ token: string; userId: string }> {
  const res = await gql(url, `mutation($input: RegisterInput!) { register(input: $input) { token viewer { id } } }`, {
    input: { email, password: 'nieuw-wachtwoord-2026', displayName: `Nieuw ${email}`, ...extra },
  });
  if (!res.data) throw new Error(`register ${email} faalde: ${JSON.stringify(res.errors)}`);
  return { token: res.data['register'].token, userId: res.data['register'].viewer.id };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The six kinds of caller of the authorisation matrix. */
export async function personas(url: string): Promise<Record<PersonaName, Persona>> {
  const registered = await registerPerson(url, `geregistreerd-${Date.now()}@example.test`);
  const member = await login(url, 'member@demo.test');
  const otherMember = await login(url, 'member2@demo.test');
  const facilitator = await login(url, 'facilitator@demo.test');
  const admin = await login(url, 'admin@demo.test');
  return {
    anonymous: { name: 'anonymous', headers: {} },
    registered: { name: 'registered', headers: bearer(registered.token), userId: registered.userId },
    member: { name: 'member', headers: bearer(member.token), userId: member.userId },
    otherMember: { name: 'otherMember', headers: bearer(otherMember.token), userId: otherMember.userId },
    facilitator: { name: 'facilitator', headers: bearer(facilitator.token), userId: facilitator.userId },
    admin: { name: 'admin', headers: bearer(admin.token), userId: admin.userId },
  };
}
