import { ACCEPTED_FILE_TYPES } from '@ln/domain';

/**
 * A name safe to store and to send back in Content-Disposition: no folders, no control or reserved characters, at
 * most 160 characters, and an extension that matches what the content is (a PNG called report.pdf becomes
 * report.pdf.png), so that the name never claims another type than the one we serve.
 */
export function safeFileName(original: string, mediaType: string): string {
  const extensions: readonly string[] = ACCEPTED_FILE_TYPES.find((type) => type.mediaType === mediaType)?.extensions ?? [];
  const base = (original.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const fitting = extensions.includes(ext);
  const stem = (fitting ? base.slice(0, dot) : base) || 'bestand';
  const suffix = fitting ? ext : (extensions[0] ?? 'bin');
  return `${[...stem].slice(0, 150).join('')}.${suffix}`;
}
