import './files.css';
import { ACCEPTED_FILE_TYPES, fileTypeLabel, MAX_FILES_PER_ITEM } from '@ln/domain';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/useLocale';
import { Button } from '../../ui/Button';
import { describedBy, FieldError, hintIdOf } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { formatBytes } from './formatBytes';
import { isImage, type FileUploads, type PickedFile } from './useFileUploads';

const ACCEPT = ACCEPTED_FILE_TYPES.flatMap((type) => [type.mediaType, ...type.extensions.map((ext) => `.${ext}`)]).join(',');

/**
 * Pick files with the file dialog (keyboard and screen readers: a labelled file input) or drop them on the zone.
 * Each file shows its type, size and a progress bar while it uploads, with cancel, try again and remove; images
 * show a preview and a field for what they show (required where `requireAlt`).
 */
export function FilePicker({
  id,
  label,
  uploads,
  error,
  withAlt = false,
  requireAlt = false,
}: {
  id: string;
  label: string;
  uploads: FileUploads;
  error?: string | undefined;
  withAlt?: boolean;
  requireAlt?: boolean;
}) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState<string>();

  function take(files: FileList | null) {
    if (!files?.length) return;
    const taken = uploads.add(files);
    setAnnouncement(
      taken < files.length ? t('files.addedSome', { count: taken, max: MAX_FILES_PER_ITEM }) : t('files.added', { count: taken }),
    );
  }

  // Say when an upload ends, well or not (the rows change silently otherwise).
  const seen = useRef(new Map<string, PickedFile['status']>());
  useEffect(() => {
    const ended = uploads.items.filter((item) => seen.current.get(item.key) === 'uploading' && item.status !== 'uploading');
    seen.current = new Map(uploads.items.map((item) => [item.key, item.status]));
    const last = ended.at(-1);
    if (last) setAnnouncement(t(last.status === 'done' ? 'files.uploadedName' : 'files.failedName', { name: last.name }));
  }, [uploads.items, t]);

  /** A removed or cancelled row's button is gone: focus goes back to the file input. */
  const focusInput = () => document.getElementById(id)?.focus();

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  return (
    <fieldset className={error ? 'file-picker field--error' : 'file-picker'}>
      <legend className="field__label">{label}</legend>
      <p id={hintIdOf(id)} className="field__hint">
        {t('files.hint')}
      </p>
      <FieldError fieldId={id} message={error} />
      <div
        className={dragging ? 'file-picker__zone file-picker__zone--active' : 'file-picker__zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          id={id}
          type="file"
          multiple
          accept={ACCEPT}
          className="file-picker__input"
          {...describedBy(id, true, error)}
          onChange={(event) => {
            take(event.target.files);
            event.target.value = '';
          }}
        />
        <label htmlFor={id} className="button button--secondary file-picker__choose">
          {t('files.choose')}
        </label>
        <span className="file-picker__drop" aria-hidden="true">
          {t('files.orDrop')}
        </span>
      </div>
      {uploads.items.length > 0 && (
        <ul className="file-picker__list">
          {uploads.items.map((item) => (
            <PickedFileRow
              key={item.key}
              item={item}
              uploads={uploads}
              withAlt={withAlt}
              requireAlt={requireAlt}
              fieldId={`${id}-${item.key}`}
              onGone={focusInput}
            />
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}

function PickedFileRow({
  item,
  uploads,
  withAlt,
  requireAlt,
  fieldId,
  onGone,
}: {
  item: PickedFile;
  uploads: FileUploads;
  withAlt: boolean;
  requireAlt: boolean;
  fieldId: string;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = Math.round(item.progress * 100);
  return (
    <li className={`file-picker__item file-picker__item--${item.status}`}>
      {item.previewUrl && <img className="file-picker__preview" src={item.previewUrl} alt="" width={64} height={64} />}
      <div className="file-picker__body">
        <p className="file-picker__name">{item.name}</p>
        <p className="file-picker__meta">
          {item.mediaType ? `${fileTypeLabel(item.mediaType)} · ` : ''}
          {formatBytes(item.bytes, locale)}
          {' · '}
          {item.status === 'uploading' && t('files.uploading', { percent })}
          {item.status === 'done' && t('files.uploaded')}
          {item.status === 'failed' && t('files.failed')}
        </p>
        {item.status === 'uploading' && (
          <progress className="file-picker__progress" max={100} value={percent} aria-label={t('files.progressOf', { name: item.name })} />
        )}
        {item.status === 'failed' && item.error && (
          <p className="field__error" role="alert">
            {item.error}
          </p>
        )}
        {withAlt && isImage(item.mediaType) && item.status !== 'failed' && (
          <TextField
            id={`${fieldId}-alt`}
            name="alt"
            label={t(requireAlt ? 'files.altRequired' : 'files.alt', { name: item.name })}
            hint={t('files.altHint')}
            value={item.alt}
            onChange={(alt) => uploads.setAlt(item.key, alt)}
            required={requireAlt}
            maxLength={300}
          />
        )}
      </div>
      <div className="file-picker__actions">
        {item.status === 'uploading' && (
          <Button
            variant="quiet"
            onClick={() => {
              uploads.cancel(item.key);
              onGone();
            }}
          >
            {t('files.cancel')}
            <span className="visually-hidden"> {item.name}</span>
          </Button>
        )}
        {item.status === 'failed' && !item.final && (
          <Button variant="quiet" onClick={() => uploads.retry(item.key)}>
            {t('files.retry')}
            <span className="visually-hidden"> {item.name}</span>
          </Button>
        )}
        {item.status !== 'uploading' && (
          <Button
            variant="quiet"
            onClick={() => {
              uploads.remove(item.key);
              onGone();
            }}
          >
            {t('files.remove')}
            <span className="visually-hidden"> {item.name}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
