// Integration tests in the extension host of a downloaded VS Code (@vscode/test-electron).
// `npm run test:vscode`; needs https://update.code.visualstudio.com. Where VS Code cannot be
// downloaded (as on the team's build machines) it fails with a clear message: it never passes silently.
// The same behaviour is checked in a real VS Code by `npm run test:e2e` (code-server).
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = mkdtempSync(join(tmpdir(), 'gongwen-vscode-'));
mkdirSync(join(workspace, '.vscode'));
copyFileSync(join(ROOT, 'seeds', '000_eb871b876f348fa5.txt'), join(workspace, 'seed.txt'));
writeFileSync(join(workspace, '实施方案.txt'), '一、总体要求\n（一）指导思想\n（二）、基本原则\n三、重点任务\n');
writeFileSync(join(workspace, '.vscode', 'settings.json'), '{ "security.workspace.trust.enabled": false }\n');

try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'test', 'vscode', 'suite', 'index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error(`\ntest:vscode FAILED: could not download or run VS Code (${e instanceof Error ? e.message : e}).`);
  console.error('This suite needs update.code.visualstudio.com; use `npm run test:e2e` (code-server) where it is unreachable.');
  process.exit(1);
}
