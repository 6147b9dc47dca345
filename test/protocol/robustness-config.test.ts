import { strict as assert } from 'node:assert';
import { TestClient } from '../helpers/lspClient';
import { rangeText } from '../helpers/snapshots';

const DRAFT = '一、总体要求\n三、保障措施';
const PREFIX = '公文起草助手设置有误 — ';

/** vscode-languageserver sends window.showWarningMessage as window/showMessageRequest (no actions). */
function shownMessages(client: TestClient): { type: number; message: string }[] {
  return client.notifications.filter((n) => n.method === 'window/showMessage' || n.method === 'window/showMessageRequest').map((n) => n.params as { type: number; message: string });
}

/** Bad settings: one message per bad field, naming it; the server goes on with defaults. */
async function withSettings(settings: unknown, configuration: boolean): Promise<{ messages: string[]; diagnostics: string[] }> {
  const client = new TestClient();
  try {
    await client.initialize({ settings, configuration });
    // Three documents: a problem is still shown once, not once per document.
    for (const name of ['a', 'b', 'c']) await client.open(`file:///${name}.txt`, DRAFT);
    const published = await client.waitForDiagnostics('file:///c.txt');
    await client.waitForDiagnostics('file:///a.txt');
    const shown = shownMessages(client);
    assert.ok(shown.every((m) => m.type === 2), 'settings problems are warnings');
    assert.ok(shown.every((m) => m.message.startsWith(PREFIX)));
    return {
      messages: shown.map((m) => m.message.slice(PREFIX.length)),
      diagnostics: published.diagnostics.map((d) => `${d.code} ${rangeText(d.range)} ${d.severity}`),
    };
  } finally {
    await client.shutdown();
  }
}

const DEFAULT_DIAGNOSTICS = ['numbering-gap 1:0-1:2 2'];

describe('protocol robustness: bad configuration', () => {
  for (const configuration of [false, true]) {
    const via = configuration ? 'workspace/configuration' : 'initializationOptions';

    it(`gongwen.rules not an object (${via}): one message naming gongwen.rules, defaults apply`, async () => {
      const r = await withSettings({ rules: 'numbering-gap' }, configuration);
      assert.deepEqual(r.messages, ['gongwen.rules：“rules”应为对象，形如 {"numbering-gap": "off"}；已忽略。']);
      assert.deepEqual(r.diagnostics, DEFAULT_DIAGNOSTICS);
    });

    it(`unknown rule id, wrong severity and run: 42 (${via}): one message each, naming setting and field`, async () => {
      const r = await withSettings({ rules: { 'numbering-nonexistent': 'off', 'numbering-gap': 'loud' }, run: 42, debounce: 'fast' }, configuration);
      assert.deepEqual(r.messages.sort(), [
        'gongwen.debounce：“gongwen.debounce”应为 0 到 10000 之间的毫秒数，实为 "fast"；已使用 0。',
        'gongwen.rules.numbering-gap：规则“numbering-gap”的取值 "loud" 无效，应为 off、default、error、warning、information、hint 之一；已使用默认值。',
        'gongwen.rules.numbering-nonexistent：未知的规则“numbering-nonexistent”；已忽略。可用规则见 README 的规则列表。',
        'gongwen.run：“gongwen.run”应为 onType、onSave、manual 之一，实为 42；已使用 "onType"。',
      ]);
      assert.deepEqual(r.diagnostics, DEFAULT_DIAGNOSTICS);
    });
  }

  it('settings that are not an object at all, or null values, leave the defaults without crashing', async () => {
    for (const settings of [42, 'on', [1, 2], { rules: null, run: null }]) {
      const r = await withSettings(settings, true);
      assert.deepEqual(r.diagnostics, DEFAULT_DIAGNOSTICS, JSON.stringify(settings));
    }
  });

  it('valid entries next to bad ones still apply', async () => {
    const r = await withSettings({ rules: { 'numbering-gap': 'error', 'no-such-rule': 'off' } }, true);
    assert.equal(r.messages.length, 1);
    assert.deepEqual(r.diagnostics, ['numbering-gap 1:0-1:2 1']);
  });

  it('in an English editor the notice and the problem it carries are in English', async () => {
    const client = new TestClient();
    try {
      await client.initialize({ locale: 'en', settings: { rules: 'numbering-gap' } });
      await client.open('file:///en.txt', DRAFT);
      await client.waitForDiagnostics('file:///en.txt');
      assert.deepEqual(shownMessages(client).map((m) => m.message), ['Gongwen Drafting Assistant: a setting is wrong — gongwen.rules: “rules” should be an object such as {"numbering-gap": "off"}; ignored.']);
    } finally {
      await client.shutdown();
    }
  });
});
