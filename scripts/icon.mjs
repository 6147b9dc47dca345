// Renders the extension icon (resources/icon.png, 256×256, the Marketplace and Extensions view want a
// PNG) from the SVG below with Debian's Chromium (the one the e2e suite uses): a 红头文件 page — red
// 公文 header and rule, lines of text — with a green check. Run `node scripts/icon.mjs` after a change.
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(ROOT, 'package.json'))('playwright-core');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="40" y="16" width="176" height="224" rx="14" fill="#fffdf8" stroke="#d9d2c5" stroke-width="4"/>
  <text x="128" y="92" text-anchor="middle" font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif" font-weight="900" font-size="62" fill="#c8161d">公文</text>
  <rect x="60" y="110" width="136" height="6" fill="#c8161d"/>
  <rect x="66" y="136" width="124" height="9" rx="4" fill="#8a8f98"/>
  <rect x="66" y="160" width="124" height="9" rx="4" fill="#8a8f98"/>
  <rect x="66" y="184" width="76" height="9" rx="4" fill="#8a8f98"/>
  <circle cx="190" cy="198" r="40" fill="#1f8a4c" stroke="#fffdf8" stroke-width="6"/>
  <path d="M170 199 l14 14 l26 -28" fill="none" stroke="#fff" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
const browser = await chromium.launch({ executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(ROOT, 'resources', 'icon.png'), omitBackground: true });
await browser.close();
