// `npm run screenshot`: the page with the example article annotated, light
// and dark, to docs/screenshot-seed.png and docs/screenshot-seed-dark.png.
// Options: --width=360 (one narrow shot), --dark, --out=FILE.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { root } from './lib.mjs';
import { startServer } from './serve.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const width = Number(option('width') || 1280);
const shots = option('out') || process.argv.includes('--dark')
  ? [{ dark: process.argv.includes('--dark'), out: option('out') || join('docs', 'screenshot-seed-dark.png') }]
  : [{ dark: false, out: join('docs', 'screenshot-seed.png') }, { dark: true, out: join('docs', 'screenshot-seed-dark.png') }];

const { server, url } = await startServer({ port: 0 });
const browser = await launchChromium();
try {
  for (const { dark, out } of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light', serviceWorkers: 'block' });
    await page.goto(url);
    await page.waitForSelector('html[data-ready]');
    await page.click('#example');
    await page.waitForSelector('html[data-annotated]');
    // Show what pointing at a quote does: its details, its speaker linked.
    await page.hover('#view .quote-direct >> nth=0');
    const file = resolve(root, out);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    console.log(`screenshot: ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
