// `npm start`: after the build, open the sample drafts in VS Code with the extension loaded
// when a `code` command exists; otherwise print the outline and the findings of every seed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CI && !process.argv.includes('--cli')) {
  spawnSync('code', ['--extensionDevelopmentPath=' + process.cwd(), 'seeds'], { stdio: 'inherit' });
} else {
  spawnSync(process.execPath, ['dist/cli.js', 'outline', ...seeds], { stdio: 'inherit' });
  console.log('');
  const r = spawnSync(process.execPath, ['dist/cli.js', ...seeds], { stdio: 'inherit' });
  process.exitCode = r.status === 1 ? 0 : r.status ?? 1;
}
