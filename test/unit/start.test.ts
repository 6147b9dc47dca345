import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../../scripts/docs';

describe('npm start without VS Code', () => {
  it('says that it falls back to the command-line report, and how to install the .vsix', () => {
    // A PATH with node and nothing else: no `code` command.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-start-'));
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin };
    delete env.CI;
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, encoding: 'utf8' });
    fs.rmSync(bin, { recursive: true, force: true });
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '没有找到 VS Code 的 code 命令，改为在终端打印示例草稿（seeds/）的大纲和检查结果。');
    assert.ok(lines[1].includes(`code --install-extension ${pkg.name}-${pkg.version}.vsix`), lines[1]);
    assert.match(r.stdout, /seeds\/000_eb871b876f348fa5\.txt:\d+:\d+ /, 'then the findings of the seeds');
    assert.equal(r.status, 0);
  });
});
