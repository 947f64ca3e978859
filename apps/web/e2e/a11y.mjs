// Accessibility checks with axe-core, injected into the page under test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe (its default rules: WCAG 2.0/2.1 A and AA and best practices) on the page as it is;
 * resolves with one line per violation ("rule (impact): target …"). Evaluated over the
 * DevTools protocol, so the page's CSP does not stop it.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}${violation.nodes.length > 3 ? ` … ${violation.nodes.length} in all` : ''}`,
  );
}

/** Waits until the page has its heading and no placeholder (skeleton, "loading") is left. */
export async function settled(page) {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.skeleton, .loading'), undefined, { timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(200);
}
