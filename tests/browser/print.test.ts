import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';
import { LANGS } from '../../src/i18n/languages';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPackPath } from '../../src/lib/routes';
import { builtPages } from '../helpers/dist';
import { pdfPageCount } from '../helpers/pdf';

const chromium = useChromium(inject('baseUrl'));
const checklists = builtPages().filter((path) => path.endsWith('/checklist/'));

// Every checklist printing on one sheet of A4 and of Letter is checked on the visit every page gets:
// tests/helpers/every-page.ts.
test('the page counter tells one page from two', async () => {
  const page = await chromium.open('/about/');

  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
});

describe("each audience's pack of checklists prints one page per checklist, on A4 and on Letter", () => {
  const perAudience = checklists.filter((path) => path.startsWith('/parents/')).length;

  test.each(LANGS.flatMap((lang) => AUDIENCES.map((audience) => checklistPackPath(lang, audience))))(
    '%s',
    async (path) => {
      const page = await chromium.open(path);

      for (const format of ['A4', 'Letter']) {
        expect(pdfPageCount(await page.pdf({ format, printBackground: true })), format).toBe(perAudience);
      }
    },
  );
});

describe('a printed checklist', () => {
  test("shows the guide's full address and where to get help, and hides the site's navigation", async () => {
    const page = await chromium.open('/parents/sextortion/checklist/');

    await page.emulateMedia({ media: 'print' });

    await expect.poll(() => page.getByText(/^Full guide: https:\/\/.+\/parents\/sextortion\/$/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Where to get help' }).isVisible()).toBe(true);
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '[data-print]']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
  });

  test("has a QR code that a phone's camera reads as the guide's full address", async () => {
    const page = await chromium.open('/parents/sextortion/checklist/');
    await page.emulateMedia({ media: 'print' });
    const address = (await page.locator('.checklist__url').textContent())?.trim();

    const png = PNG.sync.read(await page.locator('.guide-qr__code').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);

    expect(address).toMatch(/^https:\/\/.+\/parents\/sextortion\/$/);
    expect(decoded?.data).toBe(address);
  });

  test('gives parents and counsellors a record to keep where evidence matters, and young people none', async () => {
    const lines = async (path: string) => {
      const page = await chromium.open(path);
      await page.emulateMedia({ media: 'print' });
      const heading = await page.getByRole('heading', { name: 'Keep a record' }).count();
      return { heading, rows: await page.locator('.record__lines tbody tr').count() };
    };

    expect(await lines('/parents/sextortion/checklist/')).toEqual({ heading: 1, rows: 3 });
    expect(await lines('/counsellors/cyberbullying/checklist/')).toEqual({ heading: 1, rows: 3 });
    expect(await lines('/young-people/sextortion/checklist/')).toEqual({ heading: 0, rows: 0 });
    expect(await lines('/parents/inappropriate-content/checklist/')).toEqual({ heading: 0, rows: 0 });
  });

  test('has a Print button that opens the print dialog', async () => {
    const page = await chromium.open('/young-people/sextortion/checklist/');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });

    await page.getByRole('button', { name: 'Print this checklist' }).click();

    expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
  });

  test('has a tick box with a label for every action', async () => {
    const page = await chromium.open('/counsellors/unsolicited-contact/checklist/');

    const boxes = page.getByRole('checkbox');
    await boxes.first().check();

    expect(await boxes.count()).toBeGreaterThanOrEqual(3);
    expect(await boxes.first().isChecked()).toBe(true);
  });
});
