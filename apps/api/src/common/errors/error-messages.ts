// The refusals' and validation messages' table lives in @ln/domain, shared with the web app.
export { ERROR_MESSAGES, errorMessage, isErrorMessageKey, type ErrorMessageKey, type ErrorMessageParams } from '@ln/domain';
