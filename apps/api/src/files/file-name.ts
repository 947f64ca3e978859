import { ACCEPTED_FILE_TYPES } from '@ln/domain';

const MAX_STEM = 150;
const FALLBACK = 'bestand';

/** `text` without control, bidi or reserved characters (slashes included), or leading and trailing dots. */
function cleaned(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\\/\u202a-\u202e\u2066-\u2069]/g, '_')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
  );
}

const capped = (stem: string) => [...(stem || FALLBACK)].slice(0, MAX_STEM).join('');

/**
 * A name safe to store and to send back in Content-Disposition: no folders, no control or reserved characters, at
 * most 155 characters, and an extension that matches what the content is (a PNG called report.pdf becomes
 * report.pdf.png), so that the name never claims another type than the one we serve.
 */
export function safeFileName(original: string, mediaType: string): string {
  const extensions: readonly string[] = ACCEPTED_FILE_TYPES.find((type) => type.mediaType === mediaType)?.extensions ?? [];
  // A name a browser sends with its folders (old Internet Explorer) keeps only the last part.
  const base = cleaned(original.split(/[\\/]/).pop() ?? '');
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const fitting = extensions.includes(ext);
  return `${capped(fitting ? base.slice(0, dot) : base)}.${fitting ? ext : (extensions[0] ?? 'bin')}`;
}

/** The same cleaning for a folder in a ZIP (a project's title): no extension, and a slash is a character like any other. */
export function safeFolderName(text: string): string {
  return capped(cleaned(text));
}
