import { safeFileName, safeFolderName } from './file-name';

describe('safeFileName', () => {
  it('keeps an ordinary name', () => {
    expect(safeFileName('Tussentijds rapport 2017.pdf', 'application/pdf')).toBe('Tussentijds rapport 2017.pdf');
    expect(safeFileName('Foto.JPG', 'image/jpeg')).toBe('Foto.jpg');
  });

  it('drops folders, control and reserved characters and leading dots', () => {
    expect(safeFileName('..\\..\\windows\\system32\\x.pdf', 'application/pdf')).toBe('x.pdf');
    expect(safeFileName('../../etc/passwd', 'text/plain')).toBe('passwd.txt');
    expect(safeFileName('a"b<c>\u0000d\u202e.pdf', 'application/pdf')).toBe('a_b_c__d_.pdf');
    expect(safeFileName('...', 'application/pdf')).toBe('bestand.pdf');
  });

  it('gives the name the extension of what the content is', () => {
    expect(safeFileName('rapport.pdf', 'image/png')).toBe('rapport.pdf.png');
    expect(safeFileName('zonder-extensie', 'application/vnd.oasis.opendocument.text')).toBe('zonder-extensie.odt');
  });

  it('caps a long name and keeps the extension', () => {
    const name = safeFileName(`${'x'.repeat(400)}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(name).toHaveLength(155);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('safeFolderName', () => {
  it('keeps a whole title, slashes and dots made harmless', () => {
    expect(safeFolderName('Pilootproject Demo A')).toBe('Pilootproject Demo A');
    expect(safeFolderName('Onthaal Genk/Hasselt')).toBe('Onthaal Genk_Hasselt');
    expect(safeFolderName('../../etc')).toBe('_.._etc');
    expect(safeFolderName('')).toBe('bestand');
  });
});
