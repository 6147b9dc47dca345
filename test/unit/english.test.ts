import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/core/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { FIX_TITLES } from '../../server/src/core/rules/fixTitles';
import { RULES } from '../../server/src/core/rules/index';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { loadResources } from '../../server/src/resources';
import { ACTION_TITLES } from '../../server/src/service/actionTitles';
import { disableRuleAction, findingActions, renumberAction, selectionActions } from '../../server/src/service/codeActions';
import { diagnosticMessage } from '../../server/src/service/diagnosticMessage';
import { findingMessage, fixTitleIn, relatedMessageIn } from '../../server/src/service/language';
import { RELATED_MESSAGES } from '../../server/src/core/rules/relatedMessages';
import { placeholders, PLACEHOLDER_KINDS_EN } from '../../server/src/service/placeholders';
import { caseConfig, caseResources, fixtureCases } from '../helpers/ruleFixtures';

const resources = loadResources();
const placeholdersOf = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('English messages and fix titles (an editor running in English)', () => {
  // An English template reads the Chinese one's data, or a value's English form `<name>En` where the value is Chinese prose.
  const readable = (zh: string) => new Set(placeholdersOf(zh).flatMap((p) => [p, `${p}En`]));

  it('every rule has an English template for each message id, reading no data but the Chinese one’s (or their English forms)', () => {
    for (const rule of RULES) {
      assert.deepEqual(Object.keys(rule.messagesEn).sort(), Object.keys(rule.messages).sort(), rule.id);
      for (const [id, en] of Object.entries(rule.messagesEn)) {
        const zh = readable(rule.messages[id]);
        assert.deepEqual(placeholdersOf(en).filter((p) => !zh.has(p)), [], `${rule.id}.${id}`);
        assert.doesNotMatch(en.replace(/“[^”]*”/g, ''), /[，。：；！？（）]/, `${rule.id}.${id}: Chinese punctuation in English prose`);
      }
    }
    for (const [id, { zh, en }] of Object.entries(FIX_TITLES)) {
      const zhNames = readable(zh);
      assert.deepEqual(placeholdersOf(en).filter((p) => !zhNames.has(p)), [], id);
    }
  });

  it('every finding, fix and related span of every rule fixture reads fully in English: no template left unfilled, the fix by its id', () => {
    let findings = 0;
    let fixes = 0;
    let related = 0;
    for (const rule of RULES) {
      for (const c of fixtureCases(rule)) {
        const result = analyzeText(c.input, caseConfig(c, resources), caseResources(c, resources));
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

  it('the product’s own menu titles by id, with the same values in both languages (service/actionTitles.ts)', () => {
    for (const [id, { zh, en }] of Object.entries(ACTION_TITLES)) assert.deepEqual(placeholdersOf(en), placeholdersOf(zh), id);
    const text = '一、总体要求\n三、重点任务\n全市达到[X]%。';
    const result = analyzeText(text, DEFAULT_CONFIG, resources);
    const marker = result.findings.find((f) => f.ruleId === 'placeholder-marker')!;
    assert.deepEqual(findingActions(marker, result.document, 'en').map((a) => a.title), ['Fill in here…']);
    assert.deepEqual(findingActions(marker, result.document).map((a) => a.title), ['填写此处…']);
    const disable = disableRuleAction(result.document, 'numbering-gap', 1, 'en');
    assert.equal(disable.title, 'Disable rule “numbering-gap”…');
    assert.deepEqual(disable.command?.id === 'disableRule' && disable.command.choices.map((c) => c.title), ['Disable “numbering-gap” on this line', 'Disable “numbering-gap” in this file']);
    assert.equal(disableRuleAction(result.document, 'numbering-gap', 1).title, '停用规则“numbering-gap”…');
    assert.equal(renumberAction(result.document, 'en')?.title, 'Renumber the whole document');
    assert.equal(renumberAction(result.document)?.title, '全文重新编号');
    assert.deepEqual(selectionActions(result.document, 9, 13, 'en').map((a) => a.title), ['Add “重点任务” to the unit lexicon…']);
  });

  it('a letter’s findings in English, with the English forms of their Chinese details (dates, reasons, styles, counts)', () => {
    const text = '关于做好防汛工作的通知\n\n各区县人民政府：\n由市环保局负责,市财攻局配合。\n（1）总体要求\n(2)基本原则\n\n市人民政府\n2024年01月05日';
    const result = analyzeText(text, DEFAULT_CONFIG, resources);
    assert.deepEqual(result.findings.map((f) => [f.ruleId, findingMessage(f, 'en'), f.fixes.map((x) => fixTitleIn(x, 'en'))]), [
      ['agency-outdated', '“市环保局” is a former name: since 2018 it is “市生态环境局”. This document’s date (2024-01-05) is after the change (2018). Check, then use the current name.', ['Change to “市生态环境局”']],
      ['punctuation-half-width', 'Half-width punctuation should be full-width: 1 in the document (commas 1); convert them all with one fix (figures, web addresses, Latin text and heading numbers are left alone). This is the first, “,”; GB/T 15834—2011 has Chinese punctuation take the space of one character.', ['Convert all punctuation to full width']],
      ['agency-unknown', '“市财攻局” may be misspelt: it differs from “市财政局” by one character (no agency name uses “攻”). Check it; if it is right, use the quick fix “Add to the workspace agency dictionary”.', ['Change to “市财政局”']],
      ['numbering-mixed-style', 'Numbers of one level written differently: “(2)” uses half-width brackets “()”, most others of this level use full-width brackets “（）”. Write them all the same way.', ['Write them all with full-width brackets “（）”']],
      ['element-date', 'The date of the document “2024年01月05日” has no leading zeros in month and day (1, not 01): write “2024年1月5日” (GB/T 9704—2012 7.3.5.4).', ['Change to “2024年1月5日”']],
    ]);
  });

  it('the Placeholders view names each kind in English, every placeholder rule having a name', () => {
    assert.deepEqual(RULES.filter((r) => r.category === 'placeholder' && !PLACEHOLDER_KINDS_EN[r.id]).map((r) => r.id), []);
    const result = analyzeText('到[X]年底，×县覆盖率达到%。', DEFAULT_CONFIG, resources);
    assert.deepEqual(placeholders(result, 'en').map((p) => [p.kind, p.text]), [['Bracket placeholder', '[X]'], ['Cross placeholder', '×'], ['Missing figure', '%']]);
  });
});
