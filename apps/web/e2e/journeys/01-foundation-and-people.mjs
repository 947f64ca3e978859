import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { asSomeoneElse, check, openLanding, openPage, RESULTS_DIR, signIn, waitOrExplain } from '../support.mjs';

export const journeys = [
  {
    name: 'landing page shows the network and its next meetings; the members page lists them nested, with the coordinating bodies',
    async run(context, baseUrl) {
      const { page, pageErrors } = await openLanding(context, baseUrl);
      check((await page.locator('h1').count()) === 1, 'expected exactly one h1');
      check((await page.locator('html').getAttribute('lang')) === 'nl', 'expected <html lang="nl"> by default');
      const meetings = page.getByRole('region', { name: 'Komende ontmoetingsmomenten' });
      await meetings.waitFor();
      const meetingsTop = (await meetings.boundingBox()).y;
      check(meetingsTop < 900, `the next meetings start ${Math.round(meetingsTop)} px down, below the first screen`);
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: resolve(RESULTS_DIR, 'landing.png'), fullPage: true });

      await page.getByRole('link', { name: /Bekijk alle \d+ organisaties van het netwerk/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Leden van het netwerk' }).waitFor();
      const members = page.getByRole('region', { name: 'Leden van het netwerk' });
      await members.waitFor();

      const regions = members.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /Noord-Limburg/ }) });
      const regionCount = await regions.count();
      check(regionCount > 0, 'no top-level organisation named "…Noord-Limburg…"');
      let found = false;
      for (let index = 0; index < regionCount && !found; index++) {
        const nested = regions.nth(index).getByRole('list').getByRole('listitem');
        const texts = await nested.allTextContents();
        found = texts.length === 9 && texts.every((text) => text.includes('OCMW'));
      }
      check(found, 'Noord-Limburg does not list 9 nested OCMW members');

      const badges = await members.getByText('Gesubsidieerd pilootproject', { exact: true }).count();
      check(badges >= 7, `expected at least 7 subsidised badges, found ${badges}`);
      check(
        (await members.getByText('Vereniging van Vlaamse Steden en Gemeenten').count()) > 0,
        'the VVSG is not listed among the members',
      );
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'switching to English changes the texts and <html lang>, and is remembered',
    async run(context, baseUrl) {
      const { page, pageErrors } = await openLanding(context, baseUrl);
      const dutchTitle = await page.getByRole('heading', { level: 1 }).textContent();
      await page.getByRole('region', { name: 'Komende ontmoetingsmomenten' }).waitFor();

      const english = page.getByRole('button', { name: 'English' });
      check((await english.getAttribute('aria-pressed')) === 'false', 'English is pressed before switching');
      await english.click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');

      check((await english.getAttribute('aria-pressed')) === 'true', 'English is not marked as pressed');
      const englishTitle = await page.getByRole('heading', { level: 1 }).textContent();
      check(englishTitle !== dutchTitle, 'the h1 did not change');
      await page.getByRole('region', { name: 'Upcoming meetings' }).waitFor();
      await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });

      await page.reload();
      await page.getByRole('region', { name: 'Upcoming meetings' }).waitFor();
      check((await page.locator('html').getAttribute('lang')) === 'en', 'the language was not remembered');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'keyboard: the skip link is the first Tab stop and moves focus to main',
    async run(context, baseUrl) {
      const { page } = await openLanding(context, baseUrl);
      // Wait for the data, so that main holds links (the meetings' calendar link at least).
      await page.getByRole('region', { name: 'Komende ontmoetingsmomenten' }).waitFor();
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const element = document.activeElement;
        const box = element?.getBoundingClientRect();
        return {
          tag: element?.tagName,
          href: element?.getAttribute('href'),
          text: element?.textContent?.trim(),
          onScreen: !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      check(first.tag === 'A' && first.href === '#main', `first Tab stop is ${JSON.stringify(first)}`);
      check(first.text === 'Naar de inhoud', `skip link text is "${first.text}"`);
      check(first.onScreen, 'the focused skip link is not visible');

      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.id);
      check(focused === 'main', `focus after the skip link is on #${focused}, not #main`);

      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement));
      check(inMain, 'the next Tab stop after skipping is not inside main');
    },
  },
  {
    name: 'in English, the API words its refusals in English (an e-mail address already taken)',
    async run(context, baseUrl) {
      await context.addInitScript(() => window.localStorage.setItem('ln.language', 'en'));
      const { page, pageErrors } = await openPage(context, baseUrl, '/registreren');
      await page.getByLabel('E-mail address', { exact: true }).fill('member@demo.test');
      await page.getByLabel('Password', { exact: true }).fill('een lang wachtwoord voor e2e');
      await page.getByLabel('Name', { exact: true }).fill('Someone Again');
      await page.getByRole('button', { name: 'Create account' }).click();
      await waitOrExplain(
        page,
        page.getByText('An account with this e-mail address already exists.').first(),
        'the English field error from the API',
      );
      check((await page.getByText('Er bestaat al een account').count()) === 0, 'a Dutch message is shown to an English user');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'a newcomer registers for Welzijnsregio Noord-Limburg, a facilitator approves, the newcomer enters the members area',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const email = `nieuwkomer-${unique}@example.test`;
      const name = `Nieuwkomer ${unique}`;
      const region = 'Welzijnsregio Noord-Limburg';

      const { page, pageErrors } = await openPage(context, baseUrl, '/registreren');
      await page.getByLabel('E-mailadres', { exact: true }).fill(email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('een lang wachtwoord voor e2e');
      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page.getByLabel('Organisatie (niet verplicht)').selectOption({ label: region });
      await page.getByLabel('Bericht voor de facilitator (niet verplicht)').fill('Ik coördineer de opvang in onze gemeente.');
      await page.getByRole('button', { name: 'Account aanmaken' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Ledenruimte' }), 'register');
      check(new URL(page.url()).pathname === '/ledenruimte', `after registering the page is ${page.url()}`);
      const pending = page.getByRole('status').filter({ hasText: 'wacht op goedkeuring' });
      await waitOrExplain(page, pending, 'pending request on /ledenruimte');
      check((await pending.getByText(region).count()) === 1, `the pending request does not name ${region}`);

      await asSomeoneElse(browser, async (staffContext) => {
        const { page: staff, pageErrors: staffErrors } = await signIn(staffContext, baseUrl, 'facilitator@demo.test', '/beheer');
        await staff.getByRole('heading', { level: 2, name: 'Lidmaatschapsaanvragen' }).waitFor();
        const request = staff.getByRole('listitem', { name: `${name} voor ${region}` });
        await waitOrExplain(staff, request, 'the request on /beheer');
        await request.getByRole('button', { name: `Aanvraag van ${name} voor ${region} goedkeuren` }).click();
        await waitOrExplain(staff, staff.getByRole('status').filter({ hasText: `${name} is nu lid van ${region}.` }), 'approveMembership');
        check((await request.count()) === 0, 'the approved request is still listed');
        check(staffErrors.length === 0, `errors in the facilitator's page: ${staffErrors.join('; ')}`);
      });

      await page.reload();
      const organisations = page.getByRole('region', { name: 'Jouw organisaties' });
      await waitOrExplain(page, organisations, 'members area after approval');
      check(
        (await organisations.getByRole('link', { name: region, exact: true }).count()) === 1,
        `${region} is not listed among the newcomer's organisations`,
      );
      check((await page.getByText('wacht op goedkeuring').count()) === 0, 'the page still says the request is pending');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: "a member submits Demo A's interim report with a PDF; a facilitator sees its document, downloads the round's ZIP and approves it",
    async run(context, baseUrl, browser) {
      const kind = 'Tussentijds inhoudelijk voortgangsrapport';
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Samenwerkingsverband Demo A' }) });
      await waitOrExplain(page, card.first(), 'the Demo A project on /projecten');
      const projectLink = card.first().getByRole('heading', { level: 2 }).getByRole('link');
      const projectTitle = (await projectLink.textContent())?.trim() ?? '';
      await projectLink.click();
      await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();

      const report = page.getByRole('listitem', { name: kind });
      await waitOrExplain(page, report, `the ${kind} on the project page`);
      const form = report.getByRole('form', { name: `${kind} indienen` });
      await waitOrExplain(page, form, 'the submit form (viewerCanSubmit)');
      await form.getByLabel('Samenvatting').fill('De samenwerking loopt: elf gemeenten delen nu één onthaalloket.');
      await form.getByLabel('Link naar het rapport (niet verplicht)').fill('https://example.org/demo-a/voortgang.pdf');
      // The document: picked with the file input (the picker's keyboard path), uploaded at once with its progress.
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% voortgang Demo A\ntrailer<</Root 1 0 R>>\n%%EOF\n');
      await form.getByRole('group', { name: 'Documenten van het rapport' }).getByLabel('Bestanden kiezen').setInputFiles({
        name: 'Voortgangsrapport Demo A.pdf',
        mimeType: 'application/pdf',
        buffer: pdf,
      });
      const picked = form.getByRole('listitem').filter({ hasText: 'Voortgangsrapport Demo A.pdf' });
      await waitOrExplain(page, picked.getByText(/PDF · .* · opgeladen/), 'the upload of the PDF');
      await form.getByRole('button', { name: 'Rapport indienen' }).click();
      await waitOrExplain(page, report.getByText('Ingediend', { exact: true }), 'submitProjectReport');
      const documentLink = report.getByRole('link', { name: 'Voortgangsrapport Demo A.pdf' });
      await waitOrExplain(page, documentLink, 'the report’s document after submitting');
      check((await report.getByText('(PDF,', { exact: false }).count()) === 1, 'the document is not listed with its type');
      check((await report.getByRole('form').count()) === 0, 'the submit form is still shown after submitting');
      check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);

      await asSomeoneElse(browser, async (staffContext) => {
        const { page: staff, pageErrors: staffErrors } = await signIn(staffContext, baseUrl, 'facilitator@demo.test', '/beheer/rapporten');
        await staff.getByRole('heading', { level: 2, name: 'Opvolging rapporten' }).waitFor();
        // The overview says which reports carry documents, and gives the round's documents as one ZIP.
        const overview = staff.getByRole('table', { name: /pilootprojecten, \d+ rapporten/ });
        await waitOrExplain(
          staff,
          overview.getByRole('row', { name: new RegExp(projectTitle) }).getByText('1 document'),
          'the document count in the overview',
        );
        const [download] = await Promise.all([
          staff.waitForEvent('download'),
          overview.getByRole('link', { name: /Alle documenten \(tussentijds.*\) als ZIP/ }).click(),
        ]);
        check(
          /^tussentijdse-rapporten-\d{4}-\d{2}-\d{2}\.zip$/.test(download.suggestedFilename()),
          `the ZIP is called ${download.suggestedFilename()}`,
        );
        const zipPath = resolve(RESULTS_DIR, download.suggestedFilename());
        mkdirSync(RESULTS_DIR, { recursive: true });
        await download.saveAs(zipPath);
        const zip = readFileSync(zipPath);
        check(zip.subarray(0, 2).toString() === 'PK', 'the round’s download is no ZIP');
        check(
          zip.includes(Buffer.from(`${projectTitle}/Voortgangsrapport Demo A.pdf`)),
          `the ZIP holds no ${projectTitle}/Voortgangsrapport Demo A.pdf`,
        );
        check(zip.includes(Buffer.from('% voortgang Demo A')), 'the ZIP does not hold the PDF’s content');
        await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Ingediend' });
        const item = staff.getByRole('listitem', { name: `${projectTitle}: ${kind}` });
        await waitOrExplain(staff, item, 'the submitted report on /beheer/rapporten');
        check((await item.getByText('Ingediend', { exact: true }).count()) === 1, 'the report is not marked Ingediend');
        await item.getByRole('button', { name: `${kind} van ${projectTitle} goedkeuren` }).click();
        await waitOrExplain(
          staff,
          staff.getByRole('status').filter({ hasText: `${kind} van ${projectTitle} is goedgekeurd.` }),
          'reviewProjectReport',
        );
        await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Goedgekeurd' });
        await staff
          .getByRole('listitem', { name: `${projectTitle}: ${kind}` })
          .getByText('Goedgekeurd', { exact: true })
          .waitFor();
        check(staffErrors.length === 0, `errors in the facilitator's page: ${staffErrors.join('; ')}`);
      });
    },
  },
];
