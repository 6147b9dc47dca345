import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, analyzeText } from '../../server/src/core/engine/analyze';
import { parseDocument } from '../../server/src/core/parser/parseDocument';
import { resolveServerSettings } from '../../server/src/lsp/settings';
import { loadResources } from '../../server/src/resources';
import { TestClient } from '../helpers/lspClient';
import { ROOT } from '../helpers/paths';
import { rangeText } from '../helpers/snapshots';

/** Patterns with catastrophic backtracking, should anything ever compile a setting into a RegExp. */
const EVIL = ['(a+)+$', '(.*a){25}', '([a-zA-Z]+)*$', '(x+x+)+y'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('security: nothing from a workspace is executed or evaluated', () => {
  it('the bundles contain no eval( and no new Function', () => {
    for (const bundle of ['server.js', 'cli.js', 'extension.js']) {
      const code = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      assert.ok(!/\beval\(/.test(code), `${bundle} calls eval`);
      assert.ok(!/new Function\b/.test(code), `${bundle} constructs a Function`);
    }
  });

  it('server sources neither evaluate code nor load modules from computed paths', () => {
    const files = sourceFiles(path.join(ROOT, 'server', 'src'));
    assert.ok(files.length > 10);
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      const where = path.relative(ROOT, file);
      assert.ok(!/\beval\(|new Function\b|\bvm\.run|node:vm|['"]vm['"]/.test(code), `${where} evaluates code`);
      assert.ok(!/\brequire\(\s*[^'"\s]/.test(code), `${where} requires a computed path`);
      assert.ok(!/(?<![\w.])import\(\s*[^'"\s]/.test(code), `${where} imports a computed path`);
    }
  });

  it('settings strings are never compiled into regular expressions', () => {
    // There are no user-supplied patterns: every RegExp the analysis builds comes from the code.
    const compiled: string[] = [];
    const NativeRegExp = RegExp;
    const spy = new Proxy(NativeRegExp, {
      construct(target, args: [string | RegExp, string?]) {
        compiled.push(String(args[0] instanceof NativeRegExp ? args[0].source : args[0]));
        return Reflect.construct(target, args);
      },
      apply(target, self, args: [string | RegExp, string?]) {
        compiled.push(String(args[0] instanceof NativeRegExp ? args[0].source : args[0]));
        return Reflect.apply(target, self, args);
      },
    });
    globalThis.RegExp = spy;
    try {
      new RegExp('spy-works');
      const raw = { rules: Object.fromEntries(EVIL.map((p) => [p, p])), placeholderMode: EVIL[0], run: EVIL[1], files: EVIL, debounce: EVIL[2], jurisdiction: EVIL };
      const { settings, problems } = resolveServerSettings(raw, loadResources().places);
      assert.ok(problems.length >= EVIL.length, 'every bad entry is reported');
      analyzeDocument(parseDocument(`一、总体要求\n${'a'.repeat(40)}!\n三、${EVIL.join('')}`), settings.analysis);
    } finally {
      globalThis.RegExp = NativeRegExp;
    }
    assert.ok(compiled.includes('spy-works'), 'the RegExp spy saw nothing');
    for (const p of EVIL) assert.ok(!compiled.includes(p), `a setting was compiled: ${p}`);
  });

  it('a catastrophic pattern in settings has no effect: diagnostics arrive as with defaults', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ configuration: true, settings: { rules: Object.fromEntries(EVIL.map((p) => [p, 'off'])), placeholderMode: EVIL[0], run: 'onType' } });
      const text = `一、总体要求\n${'a'.repeat(5000)}!\n三、保障措施`;
      // Mostly Latin letters: not a Chinese-looking .txt, so it is opened in the 公文 language, which is always checked.
      await client.open('file:///evil.txt', text, 'gongwen');
      const published = await client.waitForDiagnostics('file:///evil.txt');
      const { document, findings } = analyzeText(text);
      const expected = findings.map((f) => `${f.ruleId} ${rangeText({ start: document.lines.positionAt(f.start), end: document.lines.positionAt(f.end) })}`);
      assert.ok(expected.includes('numbering-gap 2:0-2:2'));
      assert.deepEqual(published.diagnostics.map((d) => `${d.code} ${rangeText(d.range)}`), expected);
    } finally {
      await client.shutdown();
    }
  });
});
