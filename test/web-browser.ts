// Real headless Chromium for the web tests: Debian's `chromium` package (installed by .ci/run), driven by
// puppeteer-core, which never downloads a browser. Without one on PATH the browser tests skip and say so.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './batch-fixtures';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

export function findChromium(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of NAMES) {
      const file = path.join(dir, name);
      if (dir && existsSync(file)) return file;
    }
  }
  return null;
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    headless: true,
    // --no-sandbox: CI and these machines run as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=zh-CN'],
  });
}

/** Screenshots of the pages the tests visit, for a person to look at; git-ignored, never compared. */
export const SCREENSHOTS = path.join(ROOT, 'test', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
