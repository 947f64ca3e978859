import type { ReactNode } from 'react';

/** Only http(s) links from data are rendered as links (no `javascript:` and the like). */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link to another site, or nothing when the address is not a safe web address. */
export function ExternalLink({ href, children }: { href: string | null | undefined; children: ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return null;
  return (
    <a href={safe} rel="noreferrer">
      {children}
    </a>
  );
}
