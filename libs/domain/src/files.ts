/**
 * The files the platform takes, for the API (which sniffs the content and refuses the rest) and the web app (its
 * picker's `accept` and the labels it shows). Text files have no signature: they are taken by their extension only
 * when the content is text.
 */
export const ACCEPTED_FILE_TYPES = [
  { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word',
  },
  { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PowerPoint',
  },
  { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'OpenDocument-tekst' },
  { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], label: 'OpenDocument-rekenblad' },
  { mediaType: 'text/csv', extensions: ['csv'], label: 'CSV' },
  { mediaType: 'text/plain', extensions: ['txt'], label: 'Tekst' },
  { mediaType: 'image/png', extensions: ['png'], label: 'PNG' },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  { mediaType: 'image/webp', extensions: ['webp'], label: 'WebP' },
] as const;

export type AcceptedMediaType = (typeof ACCEPTED_FILE_TYPES)[number]['mediaType'];

export const IMAGE_MEDIA_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp'];

/** The largest file the API takes unless FILES_MAX_BYTES says otherwise (the web checks it before uploading). */
export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Files on one report, practice, post or meeting. */
export const MAX_FILES_PER_ITEM = 10;
export const FILE_ALT_MAX = 300;

export function fileTypeLabel(mediaType: string): string {
  return ACCEPTED_FILE_TYPES.find((type) => type.mediaType === mediaType)?.label ?? mediaType;
}
