import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, inject, test } from 'vitest';
import { useChromium } from '../helpers/browser';
import { AUDIENCES } from '../../src/lib/audiences';
import { checklistPackPath } from '../../src/lib/routes';
import { builtPages } from '../helpers/dist';

const chromium = useChromium(inject('baseUrl'));
const checklists = builtPages().filter((path) => path.endsWith('/checklist/'));

/** Pages in a PDF from Chromium: one `/Type /Page` object each (the page tree is `/Type /Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('every checklist prints on exactly one page', () => {
  test.each(checklists.flatMap((path) => [[path, 'A4'] as const, [path, 'Letter'] as const]))(
    '%s on %s',
    async (path, format) => {
      const page = await chromium.open(path);

      const pdf = await page.pdf({ format, printBackground: true });

      expect(pageCount(pdf)).toBe(1);
    },
  );

  test('the page counter tells one page from two', async () => {
    const page = await chromium.open('/about/');

    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });
});

describe("each audience's pack of checklists prints one page per checklist", () => {
  const perAudience = checklists.filter((path) => path.startsWith('/parents/')).length;

  test.each(AUDIENCES.flatMap((audience) => [[audience, 'A4'] as const, [audience, 'Letter'] as const]))(
    '%s on %s',
    async (audience, format) => {
      const page = await chromium.open(checklistPackPath('en', audience));

      const pdf = await page.pdf({ format, printBackground: true });

      expect(pageCount(pdf)).toBe(perAudience);
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
