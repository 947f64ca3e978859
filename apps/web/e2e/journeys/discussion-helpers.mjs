import { asSomeoneElse, check, signIn, waitOrExplain } from '../support.mjs';

/**
 * The member opens Demo A's project page and starts a thread there through the form;
 * resolves with the thread's path (/discussies/<id>).
 */
export async function startThreadOnDemoA(page, title) {
  await page.goto(new URL('/projecten', page.url()).href);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Samenwerkingsverband Demo A' }) });
  await waitOrExplain(page, card.first(), 'the Demo A project on /projecten');
  await card.first().getByRole('heading', { level: 2 }).getByRole('link').click();
  const discussions = page.getByRole('region', { name: 'Discussies' });
  await waitOrExplain(page, discussions, 'the Discussies section of the project page');
  await discussions.getByRole('link', { name: 'Nieuwe discussie starten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe discussie' }).waitFor();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Je eerste bijdrage', { exact: true }).fill('Hoe organiseren jullie het onthaal van nieuwkomers samen?');
  await page.getByRole('button', { name: 'Discussie starten' }).click();
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), 'startThread');
  return new URL(page.url()).pathname;
}

/** Writes a post in the thread's composer and waits until it is on the page (sent, not optimistic). */
export async function post(page, text) {
  await page.getByLabel('Je bijdrage', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
  await waitOrExplain(page, page.getByRole('status').filter({ hasText: 'Je bijdrage is geplaatst.' }), `addPost "${text}"`);
}

/** The posts (articles) on the page whose text contains `text`. */
export const postsWith = (page, text) => page.getByRole('article').filter({ hasText: text });

/** Two members on one new thread: `run(first, second, secondContext)`. */
export async function twoMembersOnOneThread(context, baseUrl, browser, run) {
  const unique = Date.now().toString(36);
  const { page: first, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
  const threadPath = await startThreadOnDemoA(first, `Onthaal samen organiseren ${unique}`);
  await asSomeoneElse(browser, async (otherContext) => {
    const { page: second, pageErrors: otherErrors } = await signIn(otherContext, baseUrl, 'member2@demo.test', threadPath);
    await waitOrExplain(
      second,
      second.getByRole('heading', { level: 1, name: `Onthaal samen organiseren ${unique}` }),
      'the thread for member2',
    );
    await postsWith(second, 'Hoe organiseren jullie').waitFor();
    // The live subscription is open once the socket is; give it a moment to subscribe.
    await second.waitForTimeout(1_000);
    await run(first, second, otherContext, unique);
    check(otherErrors.length === 0, `errors in member2's page: ${otherErrors.join('; ')}`);
  });
  check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);
}

/** The path of a thread the signed-in member can read: the first on /discussies, or a new one on Demo A (the demo has none). */
export async function someThreadPath(page, baseUrl) {
  await page.goto(new URL('/discussies', baseUrl).href);
  const list = page.locator('main a[href^="/discussies/"]');
  await Promise.race([list.first().waitFor(), page.getByText('Er zijn nog geen discussies.').waitFor()]);
  const existing = await list.evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')).find((href) => /^\/discussies\/[0-9a-f-]{36}$/.test(href ?? '')),
  );
  if (existing) return existing;
  const path = await startThreadOnDemoA(page, 'Onthaal van nieuwkomers samen organiseren');
  await post(page, 'Bij ons werkt **één gezamenlijk loket** voor de drie gemeenten.\n\n- intake samen\n- opvolging per gemeente');
  return path;
}
