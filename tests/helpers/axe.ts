/** axe-core's WCAG 2.2 A and AA rules on a page, as plain lists of what to fix. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    // Only violations are read, so axe need not describe every element that passed: a third faster.
    .options({ resultTypes: ['violations'] })
    // Set after options(), which replaces them all.
    .withTags(WCAG_22_AA)
    // axe runs in the page itself, as `axe.run` does, instead of gathering results frame by frame and finishing
    // in a second, blank page: half the time. That second page is for frames from another origin, which the
    // site's pages cannot have: their policy's `default-src 'self'` blocks them.
    .setLegacyMode(true)
    .analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
