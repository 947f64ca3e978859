import { ACCEPTED_FILE_TYPES, DEFAULT_MAX_FILE_BYTES, IMAGE_MEDIA_TYPES, MAX_FILES_PER_ITEM } from '@ln/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachFileInput } from '../../gql/graphql';
import type { Problem } from '../../ui/validation';
import { UploadFailed, uploadFile, type UploadHandle } from './uploadFile';

/** A file already attached (editing) or picked now: uploading, uploaded, or failed with the reason. */
export interface PickedFile {
  key: string;
  name: string;
  bytes: number;
  mediaType: string;
  /** A preview of a picked image (an object URL), or an attached image's thumbnail. */
  previewUrl: string | null;
  status: 'uploading' | 'done' | 'failed';
  /** 0–1 while uploading. */
  progress: number;
  error?: string;
  /** A failure that trying again cannot mend (a type or size the platform does not take). */
  final?: boolean;
  /** The stored file's id once uploaded. */
  id?: string;
  alt: string;
}

export interface AttachedFile {
  id: string;
  name: string;
  bytes: number;
  mediaType: string;
  thumbnailUrl: string | null;
  alt: string | null;
}

const EXTENSIONS = new Set<string>(ACCEPTED_FILE_TYPES.flatMap((type) => type.extensions));

export function isImage(mediaType: string): boolean {
  return IMAGE_MEDIA_TYPES.includes(mediaType);
}

/**
 * The files of one form: each picked file uploads at once (POST /files) with its progress; an upload can be
 * cancelled or tried again, a file removed; images get alt text. The form sends `attachments()` with its mutation.
 */
export function useFileUploads(initial: readonly AttachedFile[] = []) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<PickedFile[]>(() => initial.map(attachedItem));
  const uploads = useRef(new Map<string, { file: File; handle?: UploadHandle }>());
  const previews = useRef(new Set<string>());

  function dropAll() {
    for (const { handle } of uploads.current.values()) handle?.cancel();
    uploads.current.clear();
    for (const url of previews.current) URL.revokeObjectURL(url);
    previews.current.clear();
  }

  useEffect(() => dropAll, []);

  function update(key: string, change: Partial<PickedFile>) {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  function start(key: string, file: File) {
    const handle = uploadFile(file, {
      language: i18n.resolvedLanguage ?? 'nl',
      networkMessage: t('files.networkError'),
      onProgress: (progress) => update(key, { progress }),
    });
    uploads.current.set(key, { file, handle });
    update(key, { status: 'uploading', progress: 0, error: undefined });
    handle.done.then(
      (stored) => update(key, { status: 'done', progress: 1, id: stored.id, mediaType: stored.mediaType, name: stored.name }),
      (error: unknown) => {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        const refusedKey = error instanceof UploadFailed ? error.messageKey : undefined;
        update(key, {
          status: 'failed',
          error: cancelled ? t('files.cancelled') : (error as Error).message,
          final: refusedKey === 'fileTypeNotAllowed' || refusedKey === 'fileTooLarge' || refusedKey === 'fileUnreadable',
        });
      },
    );
  }

  /** Takes the files (up to the maximum per item) and starts their uploads; answers how many were taken. */
  function add(files: Iterable<File>): number {
    const picked = [...files].slice(0, Math.max(0, MAX_FILES_PER_ITEM - items.length));
    const added = picked.map((file): { item: PickedFile; file: File } => {
      const ext = file.name.toLowerCase().split('.').pop() ?? '';
      const refusal = !EXTENSIONS.has(ext)
        ? t('apiMessages.fileTypeNotAllowed')
        : file.size > DEFAULT_MAX_FILE_BYTES
          ? t('apiMessages.fileTooLarge', { max: `${DEFAULT_MAX_FILE_BYTES / (1024 * 1024)} MB` })
          : undefined;
      const previewUrl = !refusal && isImage(file.type) ? URL.createObjectURL(file) : null;
      if (previewUrl) previews.current.add(previewUrl);
      const item: PickedFile = {
        key: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
        name: file.name,
        bytes: file.size,
        mediaType: file.type,
        previewUrl,
        status: refusal ? 'failed' : 'uploading',
        progress: 0,
        error: refusal,
        final: !!refusal,
        alt: '',
      };
      return { item, file };
    });
    setItems((current) => [...current, ...added.map(({ item }) => item)]);
    for (const { item, file } of added) {
      uploads.current.set(item.key, { file });
      if (item.status === 'uploading') queueMicrotask(() => start(item.key, file));
    }
    return added.length;
  }

  function remove(key: string) {
    uploads.current.get(key)?.handle?.cancel();
    uploads.current.delete(key);
    setItems((current) => {
      const gone = current.find((item) => item.key === key);
      if (gone?.previewUrl && previews.current.delete(gone.previewUrl)) URL.revokeObjectURL(gone.previewUrl);
      return current.filter((item) => item.key !== key);
    });
  }

  return {
    items,
    add,
    remove,
    cancel: (key: string) => uploads.current.get(key)?.handle?.cancel(),
    retry: (key: string) => {
      const upload = uploads.current.get(key);
      if (upload) start(key, upload.file);
    },
    setAlt: (key: string, alt: string) => update(key, { alt }),
    /** After a successful submit: the form starts empty (or with what is now attached). */
    reset: (next: readonly AttachedFile[] = []) => {
      dropAll();
      setItems(next.map(attachedItem));
    },
    /** For the mutation: the uploaded files, in order, with the images' alt text. */
    attachments: (): AttachFileInput[] =>
      items.filter((item) => item.status === 'done' && item.id).map((item) => ({ id: item.id!, alt: item.alt.trim() || null })),
    /** What keeps the form from being sent: uploads still running or failed, or an image without alt text. */
    problem: (requireAlt: boolean): Problem | undefined => {
      if (items.some((item) => item.status !== 'done')) return { key: 'filesUploading' };
      if (requireAlt && items.some((item) => isImage(item.mediaType) && !item.alt.trim())) return { key: 'altRequired' };
      return undefined;
    },
  };
}

export type FileUploads = ReturnType<typeof useFileUploads>;

function attachedItem(file: AttachedFile): PickedFile {
  return {
    key: file.id,
    id: file.id,
    name: file.name,
    bytes: file.bytes,
    mediaType: file.mediaType,
    previewUrl: file.thumbnailUrl,
    status: 'done',
    progress: 1,
    alt: file.alt ?? '',
  };
}
