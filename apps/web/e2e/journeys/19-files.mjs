import { axeViolations } from '../a11y.mjs';
import { check, signIn, waitOrExplain } from '../support.mjs';
import { postsWith, startThreadOnDemoA } from './discussion-helpers.mjs';

/** A small real PNG (1×1, red): enough for the server to decode, re-encode and thumbnail. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A PDF of 3 MB, so that a throttled upload takes long enough to see its progress and cancel it. */
const BIG_PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

export const journeys = [
  {
    name: 'a member adds a photo and a document to a post: progress, cancel and retry on a slow line, alt text required, then both shown; outsiders get 404',
    async run(context, baseUrl, browser) {
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      await startThreadOnDemoA(page, `Foto’s van het onthaal ${Date.now().toString(36)}`);
      const composer = page.getByRole('form', { name: 'Reageren' });
      const picker = composer.getByRole('group', { name: 'Bijlagen' });
      await waitOrExplain(page, picker, 'the file picker in the composer');

      // A slow line (about 256 kB/s up): the 3 MB document shows its progress and can be cancelled, then retried.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 20,
        downloadThroughput: -1,
        uploadThroughput: 256 * 1024,
      });
      await picker.getByLabel('Bestanden kiezen').setInputFiles([
        { name: 'Onthaalbrochure.pdf', mimeType: 'application/pdf', buffer: BIG_PDF },
        { name: 'onthaalbalie.png', mimeType: 'image/png', buffer: PNG },
      ]);
      const brochure = picker.getByRole('listitem').filter({ hasText: 'Onthaalbrochure.pdf' });
      const progress = brochure.getByRole('progressbar', { name: 'Opladen van Onthaalbrochure.pdf' });
      await waitOrExplain(page, progress, 'the progress bar of the document');
      await brochure.getByRole('button', { name: 'Annuleren Onthaalbrochure.pdf' }).click();
      await waitOrExplain(page, brochure.getByText('Opladen geannuleerd.'), 'the cancelled upload');

      // Sending now is refused: an upload failed, and the image has no description yet.
      await composer.getByLabel('Je bijdrage', { exact: true }).fill('De nieuwe onthaalbalie, en de brochure.');
      await composer.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
      await waitOrExplain(page, summary.getByText(/Bijlagen: Wacht tot alle bestanden opgeladen zijn/), 'the summary naming the files');

      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await brochure.getByRole('button', { name: 'Opnieuw proberen Onthaalbrochure.pdf' }).click();
      await waitOrExplain(page, brochure.getByText(/PDF · .* · opgeladen/), 'the retried upload');
      const photo = picker.getByRole('listitem').filter({ hasText: 'onthaalbalie.png' });
      await waitOrExplain(page, photo.getByText(/PNG · .* · opgeladen/), 'the photo’s upload');

      await composer.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
      await waitOrExplain(page, summary.getByText(/Beschrijf kort wat de afbeelding toont/), 'the summary asking for alt text');
      await photo.getByLabel('Wat toont onthaalbalie.png?').fill('De nieuwe onthaalbalie met twee medewerkers');
      const violations = await axeViolations(page);
      check(violations.length === 0, `axe on the composer with files: ${violations.join('; ')}`);
      await composer.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
      await waitOrExplain(page, page.getByRole('status').filter({ hasText: 'Je bijdrage is geplaatst.' }), 'addPost with files');

      const posted = postsWith(page, 'De nieuwe onthaalbalie, en de brochure.');
      const image = posted.getByRole('img', { name: 'De nieuwe onthaalbalie met twee medewerkers' });
      await waitOrExplain(page, image, 'the photo in the post, with its alt text');
      check(await image.evaluate((img) => img.complete && img.naturalWidth > 0), 'the photo’s thumbnail does not load');
      const download = posted.getByRole('link', { name: 'Onthaalbrochure.pdf' });
      await waitOrExplain(page, download, 'the document in the post');
      check(
        /\(PDF, 3 MB\)/.test(await posted.locator('.file-list__documents').textContent()),
        'the document is not listed with type and size',
      );
      check((await picker.getByRole('listitem').count()) === 0, 'the picker still lists files after posting');
      const href = await download.getAttribute('href');

      // Dropping a file on the zone takes it like the file dialog does.
      const dropped = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['Agenda van de intervisie\n'], 'agenda.txt', { type: 'text/plain' }));
        return transfer;
      });
      await picker.locator('.file-picker__zone').dispatchEvent('drop', { dataTransfer: dropped });
      const agenda = picker.getByRole('listitem').filter({ hasText: 'agenda.txt' });
      await waitOrExplain(page, agenda.getByText(/Tekst · .* · opgeladen/), 'the dropped file’s upload');
      await agenda.getByRole('button', { name: 'Verwijderen agenda.txt' }).click();
      check((await picker.getByRole('listitem').count()) === 0, 'the removed file is still listed');

      // Too large is said before anything is sent, and trying again is not offered.
      await picker.getByLabel('Bestanden kiezen').setInputFiles({
        name: 'te-groot.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 0x20),
      });
      const tooLarge = picker.getByRole('listitem').filter({ hasText: 'te-groot.pdf' });
      await waitOrExplain(page, tooLarge.getByText('Dit bestand is te groot: maximaal 25 MB.'), 'the size refusal');
      check((await tooLarge.getByRole('button', { name: /Opnieuw proberen/ }).count()) === 0, 'a too large file offers to try again');
      await tooLarge.getByRole('button', { name: 'Verwijderen te-groot.pdf' }).click();
      check(
        await picker.getByLabel('Bestanden kiezen').evaluate((input) => input === document.activeElement),
        'focus is lost after removing a file',
      );
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);

      // Someone outside the network asks for the same file by its address: 404, as for an id that does not exist.
      const outsider = await browser.newContext();
      try {
        const response = await outsider.request.get(new URL(href, baseUrl).href);
        check(response.status() === 404, `an outsider fetched a members-only file: HTTP ${response.status()}`);
      } finally {
        await outsider.close();
      }
      const own = await context.request.get(new URL(href, baseUrl).href);
      check(
        own.status() === 200 && (own.headers()['content-disposition'] ?? '').startsWith('attachment'),
        'the member cannot download the document',
      );
    },
  },
];
