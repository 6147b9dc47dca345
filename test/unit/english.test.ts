import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { FIX_TITLES } from '../../server/src/core/rules/fixTitles';
import { RULES } from '../../server/src/core/rules/index';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { loadResources } from '../../server/src/resources';
import { findingActions } from '../../server/src/service/codeActions';
import { diagnosticMessage } from '../../server/src/service/diagnosticMessage';
import { findingMessage, fixTitleIn, relatedMessageIn } from '../../server/src/service/language';
import { RELATED_MESSAGES } from '../../server/src/core/rules/relatedMessages';
import { placeholders, PLACEHOLDER_KINDS_EN } from '../../server/src/service/placeholders';
import { caseConfig, caseResources, fixtureCases } from '../helpers/ruleFixtures';

const resources = loadResources();
const placeholdersOf = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('English messages and fix titles (an editor running in English)', () => {
  it('every rule has an English template for each message id, reading no data the Chinese one does not', () => {
    for (const rule of RULES) {
      assert.deepEqual(Object.keys(rule.messagesEn).sort(), Object.keys(rule.messages).sort(), rule.id);
      for (const [id, en] of Object.entries(rule.messagesEn)) {
        const zh = new Set(placeholdersOf(rule.messages[id]));
        assert.deepEqual(placeholdersOf(en).filter((p) => !zh.has(p)), [], `${rule.id}.${id}`);
        assert.doesNotMatch(en.replace(/“[^”]*”/g, ''), /[，。：；！？（）]/, `${rule.id}.${id}: Chinese punctuation in English prose`);
      }
    }
    for (const [id, { zh, en }] of Object.entries(FIX_TITLES)) {
      const zhNames = new Set(placeholdersOf(zh));
      assert.deepEqual(placeholdersOf(en).filter((p) => !zhNames.has(p)), [], id);
    }
  });

  it('every finding, fix and related span of every rule fixture reads fully in English: no template left unfilled, the fix by its id', () => {
    let findings = 0;
    let fixes = 0;
    let related = 0;
    for (const rule of RULES) {
      for (const c of fixtureCases(rule)) {
        const result = analyzeText(c.input, caseConfig(c), caseResources(c, resources));
        for (const f of result.findings) {
          findings++;
          const en = findingMessage(f, 'en');
          assert.notEqual(en, f.message, `${c.inputFile}: ${f.ruleId}.${f.messageId} is not English`);
          assert.doesNotMatch(en, /\{[A-Za-z0-9_]+\}/, `${c.inputFile}: ${en}`);
          for (const fix of f.fixes) {
            fixes++;
            assert.ok(fix.titleId in FIX_TITLES, `${c.inputFile}: fix id ${fix.titleId}`);
            const title = fixTitleIn(fix, 'en');
            assert.doesNotMatch(title, /\{[A-Za-z0-9_]+\}|^[改删全按统接年数附末日重]/, `${c.inputFile}: ${title}`);
          }
          for (const r of f.related ?? []) {
            related++;
            assert.ok(r.messageId in RELATED_MESSAGES, `${c.inputFile}: related message id ${r.messageId}`);
            assert.match(relatedMessageIn(r, 'en'), /^[A-Z][^{}]*$/, `${c.inputFile}: ${relatedMessageIn(r, 'en')}`);
          }
        }
      }
    }
    assert.ok(findings > 150 && fixes > 100 && related > 10, `${findings} findings, ${fixes} fixes, ${related} related spans`);
  });

  it('a draft’s diagnostics and fixes in English, the quoted text as written', () => {
    const text = '一、总体要求\n三、重点任务\n2020年全市接待国内外游客×万人次,实现旅游收入增长。';
    const result = analyzeText(text, DEFAULT_CONFIG, resources);
    const lines = new LineIndex(text);
    const byRule = (id: string) => result.findings.find((f) => f.ruleId === id)!;
    assert.equal(diagnosticMessage(lines, byRule('numbering-gap'), 'en'),
      'Numbering is not continuous: “二、” is expected here, not “三、”. Add the missing part or renumber. (“三、重点任务”)');
    assert.equal(diagnosticMessage(lines, byRule('placeholder-cross'), 'en'),
      'Cross placeholder “×”: a figure is missing here. Fill in the actual value. (“…待国内外游客×万人次,实现…”)');
    assert.deepEqual(findingActions(byRule('numbering-gap'), result.document, 'en').map((a) => a.title), ['Change to “二、”']);
    assert.deepEqual(findingActions(byRule('punctuation-half-width'), result.document, 'en').map((a) => a.title), ['Convert all punctuation to full width']);
    // The same finding in Chinese is unchanged.
    assert.deepEqual(findingActions(byRule('numbering-gap'), result.document).map((a) => a.title), ['改为“二、”']);
  });

  it('the Placeholders view names each kind in English, every placeholder rule having a name', () => {
    assert.deepEqual(RULES.filter((r) => r.category === 'placeholder' && !PLACEHOLDER_KINDS_EN[r.id]).map((r) => r.id), []);
    const result = analyzeText('到[X]年底，×县覆盖率达到%。', DEFAULT_CONFIG, resources);
    assert.deepEqual(placeholders(result, 'en').map((p) => [p.kind, p.text]), [['Bracket placeholder', '[X]'], ['Cross placeholder', '×'], ['Missing figure', '%']]);
  });
});
