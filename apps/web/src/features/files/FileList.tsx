import './files.css';
import { fileTypeLabel } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLocale } from '../../lib/useLocale';
import { formatBytes } from './formatBytes';
import { isImage } from './useFileUploads';

export const FILE_LIST_FRAGMENT = graphql(`
  fragment FileList_file on File {
    id
    name
    mediaType
    bytes
    url
    thumbnailUrl
    width
    height
    alt
  }
`);

/**
 * The files of a report, practice, post or meeting: images shown (their thumbnail, opening the full image), other
 * files as downloads with their type and size.
 */
export function FileList({ files: source, label }: { files: ReadonlyArray<FragmentType<typeof FILE_LIST_FRAGMENT>>; label?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const files = getFragmentData(FILE_LIST_FRAGMENT, source);
  if (files.length === 0) return null;
  const images = files.filter((file) => isImage(file.mediaType));
  const documents = files.filter((file) => !isImage(file.mediaType));
  return (
    <div className="file-list">
      {images.length > 0 && (
        <ul className="file-list__images">
          {images.map((file) => (
            <li key={file.id}>
              <a href={file.url} target="_blank" rel="noreferrer">
                <img
                  src={file.thumbnailUrl ?? file.url}
                  alt={file.alt ?? ''}
                  loading="lazy"
                  width={file.width && file.height ? Math.min(240, file.width) : undefined}
                  height={file.width && file.height ? Math.round((Math.min(240, file.width) * file.height) / file.width) : undefined}
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className="file-list__documents" aria-label={label ?? t('files.listLabel')}>
          {documents.map((file) => (
            <li key={file.id} className="file-list__document">
              <a href={file.url} download={file.name}>
                {file.name}
              </a>{' '}
              <span className="file-list__meta">
                ({fileTypeLabel(file.mediaType)}, {formatBytes(file.bytes, locale)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
