import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../scripts/docs';
import { ClientCommands } from '../../server/src/protocol';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

/** Every string literal the client passes to vscode.l10n.t. */
function clientMessages(): Set<string> {
  const dir = path.join(ROOT, 'client', 'src');
  const messages = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const call of source.matchAll(/l10n\.t\(\s*([^\s)])/g)) {
      assert.equal(call[1], "'", `${file}: vscode.l10n.t must get a string literal, so the bundles can be checked`);
    }
    for (const m of source.matchAll(/l10n\.t\(\s*'([^']*)'/g)) messages.add(m[1]);
  }
  return messages;
}

const args = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();

describe('localisation', () => {
  const messages = clientMessages();

  for (const bundle of ['l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json']) {
    it(`${bundle} translates exactly the client's messages, keeping their {n} arguments`, () => {
      const entries = read(bundle);
      assert.deepEqual(Object.keys(entries).sort(), [...messages].sort());
      for (const [key, value] of Object.entries(entries)) {
        assert.equal(typeof value, 'string');
        assert.equal(args(value as string), args(key), `${bundle}: “${key}”`);
      }
    });
  }

  it('the source strings are English (an English VS Code loads no bundle and shows them as written)', () => {
    for (const key of messages) assert.doesNotMatch(key, /[\u4e00-\u9fff]/, `Chinese in the source string “${key}”: write it in English, put the Chinese in the zh-cn bundle`);
    const en = read('l10n/bundle.l10n.json');
    for (const key of messages) assert.equal(en[key], key, `bundle.l10n.json is the source bundle: “${key}”`);
  });

  it('the Chinese bundle is Chinese and the English one is not', () => {
    const en = read('l10n/bundle.l10n.json');
    const zh = read('l10n/bundle.l10n.zh-cn.json');
    for (const key of messages) {
      assert.doesNotMatch(en[key] as string, /[\u4e00-\u9fff]/, `English text for “${key}”`);
      assert.match(zh[key] as string, /[\u4e00-\u9fff]/, `Chinese text for “${key}”`);
    }
  });

  it('every %key% in package.json has an English and a Chinese string', () => {
    const keys = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    const en = read('package.nls.json');
    const zh = read('package.nls.zh-cn.json');
    for (const key of keys) {
      assert.equal(typeof en[key], 'string', `package.nls.json lacks ${key}`);
      assert.match(zh[key] as string, /[\u4e00-\u9fff]/, `package.nls.zh-cn.json lacks Chinese for ${key}`);
    }
  });

  it('every command of the extension is contributed with the 公文 category, and every contributed command exists', () => {
    const pkg = read('package.json') as { contributes: { commands: { command: string; category: string }[] } };
    const contributed = pkg.contributes.commands.map((c) => c.command).sort();
    const source = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8')).join('\n');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]);
    registered.push(ClientCommands.fillPlaceholder, ClientCommands.disableRule); // registered through ClientCommands
    for (const id of registered) assert.ok(contributed.includes(id), `${id} is registered but not in package.json`);
    for (const id of contributed) assert.ok(registered.includes(id), `${id} is in package.json but never registered`);
    for (const c of pkg.contributes.commands) assert.equal(c.category, '%command.category%');
  });

  it('the command category finds the commands by 公文 and by Gongwen in either language', () => {
    // The palette filters on “category: title”; in a Chinese VS Code it also matches the English original.
    assert.match(read('package.nls.json')['command.category'] as string, /^(?=.*公文)(?=.*Gongwen)/);
    assert.match(read('package.nls.zh-cn.json')['command.category'] as string, /公文/);
  });
});
