import { waitOrExplain } from '../support.mjs';

/** A signed-in member's page writes a practice on /praktijken/nieuw; resolves with its path (/praktijken/<slug>). */
export async function writePractice(page, { title, summary, body, visibility }) {
  await page.goto(new URL('/praktijken/nieuw', page.url()).href);
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Een goede praktijk delen' }), 'the practice form');
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Samenvatting', { exact: true }).fill(summary);
  await page.getByLabel('Beschrijving', { exact: true }).fill(body);
  await page.getByRole('radio', { name: visibility === 'PUBLIC' ? /Iedereen/ : /Enkel leden/ }).check();
  await page.getByRole('button', { name: 'Praktijk delen' }).click();
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), `publishPractice "${title}"`);
  return new URL(page.url()).pathname;
}
