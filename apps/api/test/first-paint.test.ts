import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gql } from './support/graphql';
import { bearer, login, registerPerson } from './support/personas';
import { startPlatform, type TestPlatform } from './support/platform';

// The pages' first paint (src/web/first-paint) on the built web app: the browser journey "the first paint …"
// checks that it matches what the app renders; this checks what each person may see in it.
const WEB_DIST = resolve(__dirname, '../../web/dist');

let platform: TestPlatform;
let url: string;
let memberToken: string;

beforeAll(async () => {
  if (!existsSync(resolve(WEB_DIST, 'first-paint.json'))) throw new Error(`${WEB_DIST} has no build: run pnpm build first`);
  platform = await startPlatform('demo', { WEB_DIST_DIR: WEB_DIST });
  url = platform.api.url;
  memberToken = (await login(url, 'member@demo.test')).token;
});
afterAll(() => platform?.stop());

async function page(path: string, cookies: Record<string, string> = {}) {
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const res = await fetch(new URL(path, url), { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
  const html = await res.text();
  const main = /<main class="container site-main">([\s\S]*?)<\/main>/.exec(html)?.[1] ?? null;
  return { res, html, main };
}

async function threadTitled(title: string): Promise<string> {
  const themeId = (await gql(url, `{ themes(first: 1) { nodes { id } } }`)).data?.['themes'].nodes[0].id;
  const res = await gql(
    url,
    `mutation($i: StartThreadInput!) { startThread(input: $i) { id } }`,
    { i: { title, body: 'Eerste bijdrage', themeId } },
    bearer(memberToken),
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data['startThread'].id as string;
}

describe('the first paint of a page', () => {
  it('paints the home page and the practices library in the language of the language cookie', async () => {
    const dutch = await page('/');
    expect(dutch.html).toContain('<html lang="nl">');
    expect(dutch.main).toContain('<h1 id="over-title">Lerend Netwerk intergemeentelijke samenwerking rond integratie</h1>');
    const english = await page('/', { 'ln.language': 'en' });
    expect(english.html).toContain('<html lang="en">');
    expect(english.main).toContain('<h1 id="over-title">Learning network for intermunicipal cooperation on integration</h1>');

    const library = await page('/praktijken');
    expect(library.main).toContain('<h1 class="page-header__title">Goede praktijken</h1>');
    expect(library.html).toContain('<title>Goede praktijken – Lerend Netwerk</title>');
    expect(library.html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/PracticesPage-[\w-]+\.js">/);
  });

  it('shows a thread’s title to members only, escaped, and keeps it out of shared caches', async () => {
    const title = `<script>alert("x")</script> & 'onthaal'`;
    const threadId = await threadTitled(title);
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;onthaal&#x27;';

    const asMember = await page(`/discussies/${threadId}`, { ln_session: memberToken });
    expect(asMember.main).toContain(`<h1 class="page-header__title">${escaped}</h1>`);
    expect(asMember.main).toContain('Gestart door ');
    expect(asMember.html).not.toContain('<script>alert');
    expect(asMember.res.headers.get('cache-control')).toBe('private, no-cache');
    expect(asMember.res.headers.get('vary')).toMatch(/cookie/i);

    const registered = (await registerPerson(url, `eerste-verf-${Date.now()}@example.test`)).token;
    const others: Array<Record<string, string>> = [{}, { ln_session: registered }, { ln_session: 'geen-geldige-sessie' }];
    for (const cookies of others) {
      const other = await page(`/discussies/${threadId}`, cookies);
      expect(other.res.status).toBe(200);
      expect(other.main).toBe('');
      expect(other.html).not.toContain('onthaal');
    }
  });

  it('paints nothing for a thread that does not exist, and the shell alone for other pages', async () => {
    const missing = await page('/discussies/00000000-0000-4000-8000-000000000000', { ln_session: memberToken });
    expect(missing.res.status).toBe(200);
    expect(missing.main).toBe('');
    const other = await page('/organisaties');
    expect(other.main).toBe('');
    expect(other.html).toContain('<title>Lerend Netwerk</title>');
  });
});
