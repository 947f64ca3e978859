import type { FileList_FileFragment } from '../../gql/graphql';

/** What POST /files answers for a stored upload: the file as GraphQL shows it. */
export type UploadedFile = Omit<FileList_FileFragment, '__typename' | ' $fragmentName'>;

export class UploadFailed extends Error {
  constructor(
    message: string,
    /** The API's message key (fileTooLarge, fileTypeNotAllowed, …), when it refused the file. */
    readonly messageKey?: string,
  ) {
    super(message);
  }
}

export interface UploadHandle {
  done: Promise<UploadedFile>;
  cancel(): void;
}

/**
 * Uploads one file to POST /files with the session cookie. XMLHttpRequest, not fetch: only it reports upload
 * progress. Refusals come worded by the API in `language`; a lost connection rejects with `networkMessage`.
 */
export function uploadFile(
  file: File,
  options: { language: string; networkMessage: string; onProgress(fraction: number): void },
): UploadHandle {
  const request = new XMLHttpRequest();
  const done = new Promise<UploadedFile>((resolve, reject) => {
    request.open('POST', '/files');
    request.responseType = 'json';
    request.setRequestHeader('X-LN-Upload', '1');
    request.setRequestHeader('Accept-Language', options.language);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as
        (UploadedFile & { errors?: undefined }) | { errors?: Array<{ message: string; extensions?: { messageKey?: string } }> } | null;
      if (request.status === 201 && body && 'id' in body) {
        resolve(body);
        return;
      }
      const problem = body?.errors?.[0];
      reject(new UploadFailed(problem?.message ?? options.networkMessage, problem?.extensions?.messageKey));
    };
    request.onerror = () => reject(new UploadFailed(options.networkMessage));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
  return { done, cancel: () => request.abort() };
}
