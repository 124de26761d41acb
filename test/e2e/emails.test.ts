import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { emailVariants } from '../../scripts/email-variants';
import { exampleConfig } from '../support/fixtures';
import { launchBrowser, SCREENSHOTS } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('every email variant in a real browser', () => {
  it.each(emailVariants(exampleConfig).map((v) => [v.name, v.email.html] as const))(
    '%s fits a 375 px screen and links only to https, tel, sms or mailto',
    async (name, html) => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const overflow = await page.evaluate(() => {
          const doc = document.documentElement;
          const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
          return { scroll: doc.scrollWidth - doc.clientWidth, wide: wide.slice(0, 3).map((el) => el.outerHTML.slice(0, 80)) };
        });
        expect(overflow.wide).toEqual([]);
        expect(overflow.scroll).toBeLessThanOrEqual(1);
        const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) expect(href).toMatch(/^(https:\/\/|tel:|sms:|mailto:)/);
        expect(await page.$$('img, script, link[rel="stylesheet"], iframe')).toHaveLength(0);
        await page.screenshot({ path: `${SCREENSHOTS}/email-${name}.png`, fullPage: true });
      } finally {
        await page.close();
      }
    },
  );
});
