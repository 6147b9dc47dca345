// `npm run package`: minified bundles without source maps, the drafters' extension page, then the .vsix.
// The page is docs/extension.md. VS Code's extension page shows only https images (it drops relative,
// file: and data: ones — checked in VS Code 1.139), and drafters may be offline: in the packaged page each
// screenshot becomes its caption with a link that opens the same page in the Markdown preview
// (`gongwen.openGuide`), where the screenshots shipped in the .vsix show.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGE = 'docs/extension.md';
const PACKAGED_PAGE = 'dist/extension-page.md';

execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
const page = readFileSync(join(ROOT, PAGE), 'utf8')
  .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_, caption) => `*截图：${caption}（[在编辑器中查看带截图的说明](command:gongwen.openGuide)）*`);
mkdirSync(join(ROOT, 'dist'), { recursive: true });
writeFileSync(join(ROOT, PACKAGED_PAGE), page);
execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--readme-path', PACKAGED_PAGE],
  { cwd: ROOT, stdio: 'inherit' });
