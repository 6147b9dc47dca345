// `npm start`: after the build, open the sample drafts in VS Code with the extension loaded when a `code`
// command exists; otherwise say why, how to install the extension, and print the outline and the findings
// of every seed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
const why = process.argv.includes('--cli') ? '按 --cli 的要求' : process.env.CI ? 'CI 环境中不打开 VS Code' : '没有找到 VS Code 的 code 命令';
if (hasCode && !process.env.CI && !process.argv.includes('--cli')) {
  spawnSync('code', ['--extensionDevelopmentPath=' + process.cwd(), 'seeds'], { stdio: 'inherit' });
} else {
  console.log(`${why}，改为在终端打印示例草稿（seeds/）的大纲和检查结果。`);
  console.log(`在 VS Code 中使用：npm run package 生成 ${pkg.name}-${pkg.version}.vsix，再运行 code --install-extension ${pkg.name}-${pkg.version}.vsix（或在扩展视图的“…”菜单中选“从 VSIX 安装…”）。\n`);
  spawnSync(process.execPath, ['dist/cli.js', 'outline', ...seeds], { stdio: 'inherit' });
  console.log('');
  const r = spawnSync(process.execPath, ['dist/cli.js', ...seeds], { stdio: 'inherit' });
  process.exitCode = r.status === 1 ? 0 : r.status ?? 1;
}
