import type { Messages } from '../nl';

export const enFiles: Pick<Messages, 'files'> = {
  files: {
    choose: 'Choose files',
    orDrop: 'or drop them here',
    hint: 'PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text or images (PNG, JPEG, WebP), up to 25 MB per file.',
    added_one: '{{count}} file added; it is being uploaded.',
    added_other: '{{count}} files added; they are being uploaded.',
    addedSome: 'At most {{max}} files can be added; {{count}} added.',
    uploadedName: '{{name}} is uploaded.',
    failedName: 'Uploading {{name}} failed.',
    uploading: 'uploading… {{percent}} %',
    uploaded: 'uploaded',
    failed: 'failed',
    progressOf: 'Uploading {{name}}',
    cancel: 'Cancel',
    cancelled: 'Upload cancelled.',
    retry: 'Try again',
    remove: 'Remove',
    networkError: 'The upload broke off: check your connection and try again.',
    alt: 'What does {{name}} show? (optional)',
    altRequired: 'What does {{name}} show?',
    altHint: 'A short description for those who cannot see the image, e.g. “Participants of the language café in Genk”.',
    listLabel: 'Attachments',
    documents: 'Documents',
    attachments: 'Attachments',
  },
};
