export const RETURN_PARAM = 'terug';

/**
 * Where to go after signing in: only a path on this site ("/ledenruimte"), never
 * another origin ("//evil.example", "https://…") or a script URL.
 */
export function safeReturnPath(value: string | null | undefined, fallback = '/ledenruimte'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** "/aanmelden?terug=/beheer" for a page that needs a signed-in person. */
export function loginPathFor(returnTo: string): string {
  return `/aanmelden?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`;
}
