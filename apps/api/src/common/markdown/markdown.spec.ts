import { Parser } from 'htmlparser2';
import { renderMarkdown } from './markdown';

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** Every element and attribute the browser would actually create from the HTML. */
function elementsOf(html: string): Array<{ name: string; attributes: Record<string, string> }> {
  const elements: Array<{ name: string; attributes: Record<string, string> }> = [];
  const parser = new Parser({ onopentag: (name: string, attributes: Record<string, string>) => elements.push({ name, attributes }) });
  parser.write(html);
  parser.end();
  return elements;
}

// A corpus of classic XSS vectors (OWASP filter evasion cheat sheet and friends).
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">klik</a>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](java\tscript:alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[klik](vbscript:msgbox(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '<details open ontoggle=alert(1)>',
  '"><script>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '@[<img src=x onerror=alert(1)>](11111111-2222-3333-4444-555555555555)',
  '<object data="javascript:alert(1)"></object>',
  '[x](//evil.example)',
];

describe('renderMarkdown', () => {
  it.each(XSS)('neutralises %s', (source) => {
    for (const element of elementsOf(renderMarkdown(source).html)) {
      expect(ALLOWED_TAGS).toContain(element.name);
      for (const [name, value] of Object.entries(element.attributes)) {
        expect(name).not.toMatch(/^on/i);
        expect(name).not.toBe('style');
        if (name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:|\/mensen\/)/);
      }
    }
  });

  it('renders Markdown and gives links rel="nofollow ugc noopener"', () => {
    const { html } = renderMarkdown('**Knelpunt**: zie [verslag](https://example.test/v) en https://vvsg.be');
    expect(html).toContain('<strong>Knelpunt</strong>');
    expect(html).toContain('<a href="https://example.test/v" rel="nofollow ugc noopener">verslag</a>');
    expect(html).toContain('href="https://vvsg.be"');
  });

  it('turns mentions into links to the person and reports who was mentioned', () => {
    const id = '0af76519-16cd-43dd-8448-eb211c80319c';
    const { html, mentionedUserIds } = renderMarkdown(`Dank je @[Demo Lid](${id})!`);
    expect(mentionedUserIds).toEqual([id]);
    expect(html).toContain(`<a class="mention" data-user-id="${id}" href="/mensen/${id}">@Demo Lid</a>`);
  });

  it('keeps headings below the page’s own', () => {
    expect(renderMarkdown('# Titel').html).toBe('<h3>Titel</h3>');
  });

  it('neutralises bidi overrides and isolates, so a link text cannot be spoofed', () => {
    const spoof = '[bank.example\u202Egpj.exe](https://evil.example/\u2066x\u2069) \u202Atekst\u202C \u2067y\u2068z';
    const { html } = renderMarkdown(spoof);
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toContain('>bank.examplegpj.exe</a>');
    expect(html).toContain('href="https://evil.example/x"');
  });
});
