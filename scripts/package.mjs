// `npm run package`: minified bundles without source maps, the drafters' extension page, then the .vsix.
// The page is docs/extension.md. VS Code's extension page shows only https images (it drops relative,
// file: and data: ones) and follows no command link of an installed extension (checked in VS Code 1.139),
// and drafters may be offline: in the packaged page each screenshot becomes its caption, and a note on
// top names the command that opens the same page in the Markdown preview, where the screenshots shipped
// in the .vsix show (`gongwen.openGuide`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = 'docs/extension.md';
const PACKAGED_PAGE = 'dist/extension-page.md';

execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
const guide = `${nls['command.category']}：${nls['command.openGuide']}`;
const note = `> 此页在扩展详情中不显示截图。按 F1 运行“${guide}”，可查看带截图的同一说明；欢迎页中的“${nls['walkthrough.title']}”演练也带截图。`;
const page = readFileSync(join(ROOT, PAGE), 'utf8')
  .replace(/^(# .*\n)/, `$1\n${note}\n`)
  .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, caption) => `*（截图：${caption}）*`);
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeFileSync(join(ROOT, PACKAGED_PAGE), page);
execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', PACKAGED_PAGE],
  { cwd: ROOT, stdio: 'inherit' });
