import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TEST_CHROMIUM_ARGS } from './chromium';
import { baseURL, firstVisit, newContext, restart, serveCopy, stop, waitForOffline } from './helpers';
import { browser } from './session';


describe('app shell', () => {
  it('shows the language picker first, with every language in its own script', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(baseURL());
    await page.getByRole('button', { name: 'Deutsch' }).waitFor();
    for (const name of ['Deutsch', 'Українська', 'العربية', 'دری']) {
      await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
    }
    await context.close();
  });

  it('is installable: manifest, icons (also maskable) and a service worker that controls the page', async () => {
    // A normal profile on disk: Chromium never offers to install from an incognito-like context.
    const profile = mkdtempSync(join(tmpdir(), 'wegweiser-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: inject('chromium'),
      args: TEST_CHROMIUM_ARGS,
      baseURL: baseURL(),
      serviceWorkers: 'allow',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await firstVisit(page, 'de');
    await waitForOffline(page);
    // The app links its manifest once it has started (src/app/manifest-link.ts), not in index.html.
    await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const manifest = (await (await page.request.get(new URL('manifest.webmanifest', page.url()).href)).json()) as {
      icons: { sizes: string; purpose?: string }[];
      display: string;
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('works offline after the first visit, in the saved language', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'fa-AF');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await waitForOffline(page);

    await context.setOffline(true);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa-AF', 'rtl']);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'تنظیمات' }).isVisible()).toBe(true);
    // The offline message is said at once (live region) and drawn with the next screen.
    const banner = (JSON.parse(readFileSync('locales/fa-AF/notices.json', 'utf8')) as { offline: { banner: string } }).offline.banner;
    await page.locator('.notices .visually-hidden').getByText(banner).waitFor({ state: 'attached' });

    // A deep link opens offline too.
    await page.goto(`${baseURL()}#/settings`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('تنظیمات');
    expect(await page.getByTestId('offline-indicator').isVisible()).toBe(true);
    await context.close();
  });

  it('keeps the screen still when the connection comes back, and says so until the next screen', async () => {
    // Arabic at 320 px and the largest text: the offline message wraps, the "back" text is shorter.
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await firstVisit(page, 'ar');
    await waitForOffline(page);
    await page.goto(`${baseURL()}#/settings`);
    await page.getByRole('button', { name: 'خط كبير جداً' }).click();
    await context.setOffline(true);
    // Said at once on this screen, drawn with the next.
    const texts = (JSON.parse(readFileSync('locales/ar/notices.json', 'utf8')) as { offline: { banner: string; back: string } }).offline;
    await page.locator('.notices .visually-hidden').getByText(texts.banner).waitFor({ state: 'attached' });
    await page.goto(`${baseURL()}#/ukraine`);
    await page.getByTestId('offline-indicator').waitFor();
    const box = page.locator('.step input[type=checkbox]').nth(4);
    await box.scrollIntoViewIfNeeded();
    const before = await box.boundingBox();

    await context.setOffline(false);
    await page.getByTestId('online-again').getByText(texts.back).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.getByTestId('offline-indicator').count()).toBe(0);
    expect(await box.boundingBox()).toEqual(before);
    // A tap right then lands on the box it was aimed at.
    const [x, y] = [before!.x + before!.width / 2, before!.y + before!.height / 2];
    await page.mouse.click(x, y);
    expect(await box.isChecked()).toBe(true);

    await page.goto(`${baseURL()}#/fav`);
    await page.locator('main h1').first().waitFor();
    expect(await page.getByTestId('online-again').count()).toBe(0);
    await context.close();
  });

  it('switches to Arabic right-to-left, and keeps text size and contrast across a reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await firstVisit(page, 'de');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');

    await page.getByRole('button', { name: 'خط كبير جداً' }).click();
    await page.getByRole('checkbox', { name: 'أصفر على أسود' }).check();
    await page.reload();
    await page.locator('main h1').first().waitFor();
    const attrs = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      size: document.documentElement.dataset.textSize,
      contrast: document.documentElement.dataset.contrast,
      bg: getComputedStyle(document.body).backgroundColor,
    }));
    expect(attrs).toEqual({ lang: 'ar', dir: 'rtl', size: '3', contrast: 'high', bg: 'rgb(0, 0, 0)' });
    await context.close();
  });

  it('offers a new version when one is waiting, and does not force it', async () => {
    const copy = await serveCopy();
    const sw = join(copy.dir, 'sw.js');
    const original = readFileSync(sw, 'utf8');
    // Each release's worker names itself when asked, so the test can tell the old one from the new.
    const release = (name: string) =>
      `${original}\nself.addEventListener('message', (e) => { if (e.data === 'which-release') e.ports[0].postMessage(${JSON.stringify(name)}); });\n`;
    writeFileSync(sw, release('first'));
    await restart(copy);
    const context = await newContext(browser, { baseURL: copy.url });
    const page = await context.newPage();
    const controlling = () =>
      page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const controller = navigator.serviceWorker.controller;
            if (!controller) return reject(new Error('no worker controls the page'));
            const channel = new MessageChannel();
            channel.port1.onmessage = (e) => resolve(e.data as string);
            controller.postMessage('which-release', [channel.port2]);
          }),
      );
    try {
      await firstVisit(page, 'de', copy.url);
      await waitForOffline(page);
      expect(await controlling()).toBe('first');
      // A new release: the service worker file changes.
      writeFileSync(sw, release('next'));
      await restart(copy);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const offer = page.getByRole('button', { name: 'Jetzt aktualisieren' });
      // Said at once (live region), drawn with the next screen the user opens.
      const settings = page.getByRole('navigation').getByRole('link', { name: 'Einstellungen', exact: true });
      await page.locator('.notices .visually-hidden').getByText('Eine neue Version ist da.').waitFor({ state: 'attached' });
      await settings.click();
      await offer.waitFor();
      // Not forced: the new worker waits, and the old one still controls the page.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
      expect(await controlling()).toBe('first');
      await page.reload();
      await page.locator('main h1').first().waitFor();
      expect(await controlling()).toBe('first');
      // The waiting version is found again after the reload: said first, drawn on the next screen.
      await page.locator('.notices .visually-hidden').getByText('Eine neue Version ist da.').waitFor({ state: 'attached' });
      await page.getByRole('navigation').getByRole('link').first().click();
      // Until the user says so.
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Jetzt aktualisieren' }).click()]);
      await page.locator('main h1').first().waitFor();
      expect(await offer.count()).toBe(0);
      expect(await controlling()).toBe('next');
    } finally {
      await context.close();
      await stop(copy.server);
    }
  });
});
