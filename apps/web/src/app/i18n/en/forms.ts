import { sharedValidationTexts } from '../errors';
import type { Messages } from '../nl';

export const enForms: Pick<Messages, 'form' | 'errors'> = {
  form: {
    summaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    validation: {
      ...sharedValidationTexts('en'),
      // Only the forms check these: a date or a time typed in a field.
      date: 'Enter a valid date.',
      time: 'Enter a valid time, e.g. 14:30.',
      filesUploading: 'Wait until all files are uploaded, or remove what failed.',
    },
  },
  errors: {
    UNAUTHENTICATED: 'You are not signed in (any more). Please sign in again.',
    FORBIDDEN: 'You do not have access to this.',
    NOT_FOUND: 'This does not exist (any more).',
    BAD_USER_INPUT: 'Please check the data.',
    CONFLICT: 'Someone else changed this in the meantime. Reload the page and try again.',
    RATE_LIMITED: 'Too many attempts. Please wait a moment and try again.',
    QUERY_TOO_COMPLEX: 'This request is too large for the server.',
    SERVICE_UNAVAILABLE: 'The platform cannot handle your request right now. Please try again in a few seconds.',
    INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Please try again later.',
    NETWORK: 'The server cannot be reached. Check your connection and try again.',
  },
};
