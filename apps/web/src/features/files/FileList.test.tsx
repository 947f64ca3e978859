import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../app/i18n';
import { FileList } from './FileList';
import { filesErrorOf } from './filesError';

const files = [
  {
    __typename: 'File' as const,
    id: 'f1',
    name: 'Tussentijds rapport.pdf',
    mediaType: 'application/pdf',
    bytes: 2.5 * 1024 * 1024,
    url: '/files/f1',
    thumbnailUrl: null,
    width: null,
    height: null,
    alt: null,
  },
  {
    __typename: 'File' as const,
    id: 'f2',
    name: 'onthaal.jpeg',
    mediaType: 'image/jpeg',
    bytes: 90_000,
    url: '/files/f2',
    thumbnailUrl: '/files/f2/thumbnail',
    width: 1200,
    height: 800,
    alt: 'De onthaalbalie',
  },
];

describe('FileList', () => {
  it('shows images by their thumbnail and alt text, and documents as downloads with type and size', () => {
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <FileList files={files as never} label="Documenten" />
      </I18nextProvider>,
    );
    const image = screen.getByRole('img', { name: 'De onthaalbalie' });
    expect(image.getAttribute('src')).toBe('/files/f2/thumbnail');
    // Its box is reserved before it loads (no layout shift): 240 wide, in its proportions.
    expect([image.getAttribute('width'), image.getAttribute('height')]).toEqual(['240', '160']);
    const documents = screen.getByRole('list', { name: 'Documenten' });
    const link = within(documents).getByRole('link', { name: 'Tussentijds rapport.pdf' });
    expect(link.getAttribute('href')).toBe('/files/f1');
    expect(link.hasAttribute('download')).toBe(true);
    expect(documents.textContent).toContain('(PDF, 2,5 MB)');
    expect(within(documents).queryByText('onthaal.jpeg')).toBeNull();
  });

  it('shows nothing without files', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <FileList files={[]} />
      </I18nextProvider>,
    );
    expect(container.textContent).toBe('');
  });
});

describe('filesErrorOf', () => {
  it('takes the picker’s own message, else the API’s message about one of the files', () => {
    expect(filesErrorOf({ files: 'Wacht', body: 'x' })).toBe('Wacht');
    expect(filesErrorOf({ 'files.1.alt': 'Beschrijf de afbeelding', body: 'x' })).toBe('Beschrijf de afbeelding');
    expect(filesErrorOf({ body: 'x' })).toBeUndefined();
  });
});
