// `npm run screenshot [-- --width=360] [-- --dark] [-- --out=FILE]`: the page
// with the example article annotated, to docs/screenshot-seed.png.

import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { root } from './lib.mjs';
import { startServer } from './serve.mjs';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const width = Number(option('width') || 1280);
const dark = process.argv.includes('--dark');
const out = resolve(root, option('out') || join('docs', 'screenshot-seed.png'));

const { server, url } = await startServer({ port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]');
  await page.click('#example');
  await page.waitForSelector('body[data-annotated]');
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
