import { strict as assert } from 'node:assert';
import { resolveSettings, type SettingsLayer } from '../../server/src/core/config/config';
import { validateAgencyData } from '../../server/src/core/agency/entries';
import { problemLine } from '../../server/src/core/model/problems';
import type { ConfigProblem } from '../../server/src/core/model/problems';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { validateUnitTerms } from '../../server/src/core/words/terms';
import placeData from '../../server/src/core/places/data/places.json';
import { compilePlaceTable } from '../../server/src/core/places/places';

/**
 * The problems of a writer's own settings and data files carry their English, made where the Chinese is
 * (the server's notice in an English editor, the CLI's stderr under `--lang en`); the Chinese stays as it was.
 */

const places = compilePlaceTable(placeData);
const editor = (values: unknown): SettingsLayer => ({ source: 'gongwen', values, file: false, origin: 'settings' });
const file = (values: unknown): SettingsLayer => ({ source: '/p/.gongwen/config.json', values, file: true, origin: 'workspace' });
const english = (problems: readonly ConfigProblem[]) => problems.map((p) => problemLine(p, 'en'));

describe('problems of settings and data files, in English', () => {
  it('bad settings: a rule, a rule’s value, a number out of range, a misspelt key and an editor-only key in the file', () => {
    const { problems } = resolveSettings([
      file({ placeholdermode: 'final', run: 'onSave' }),
      editor({ rules: { 'numbering-gap': 'loud', 'no-such-rule': 'off' }, 'limits': { documentCharacters: 12.5 }, files: ['*.txt', 3] }),
    ], RULE_IDS, places);
    assert.deepEqual(english(problems), [
      '/p/.gongwen/config.json placeholdermode: Unknown setting “placeholdermode”; ignored. The settings are listed in the README’s section “设置 (configuration)”.',
      '/p/.gongwen/config.json run: “run” can only be set in the editor’s settings (gongwen.run); ignored.',
      'gongwen.files: “gongwen.files” should be an array of glob patterns, each a glob pattern of at most 500 characters, not ["*.txt",3]; using ["**/*.txt","**/*.md"].',
      'gongwen.limits.documentCharacters: “gongwen.limits.documentCharacters” should be a whole number of characters from 100 to 1000000, not 12.5; using 5000.',
      'gongwen.rules.numbering-gap: The value "loud" of rule “numbering-gap” is not valid; it should be one of off, default, error, warning, information, hint. Using the default.',
      'gongwen.rules.no-such-rule: Unknown rule “no-such-rule”; ignored. The rules are listed in the README’s rule table.',
    ]);
    // The same problems in Chinese, as every caller had them.
    assert.deepEqual(problems.map((p) => problemLine(p, 'zh')).slice(4), [
      'gongwen.rules.numbering-gap：规则“numbering-gap”的取值 "loud" 无效，应为 off、default、error、warning、information、hint 之一；已使用默认值。',
      'gongwen.rules.no-such-rule：未知的规则“no-such-rule”；已忽略。可用规则见 README 的规则列表。',
    ]);
  });

  it('a bad agencies.json entry names its field and the entry, and says what to write', () => {
    const { problems } = validateAgencyData({
      version: '1.0.0',
      agencies: [{ name: '林业局', levels: ['市级'], kind: '政府' }, { name: '园林局', levels: ['市'], kind: '部门' }, '河长办'],
    }, '/ws/.gongwen/agencies.json', 'workspace');
    assert.deepEqual(english(problems), [
      '/ws/.gongwen/agencies.json agencies[0].levels[0]: "市级" is not a level; it should be one of 国家, 省, 市, 县, 区, 乡镇; this entry (“林业局”) is ignored.',
      '/ws/.gongwen/agencies.json agencies[1].kind: "部门" is not a kind; it should be one of 党委, 人大, 政府, 政协, 纪委监委, 审判机关, 检察机关, 群团, 垂直管理, 议事协调, 其他; this entry (“园林局”) is ignored.',
      '/ws/.gongwen/agencies.json agencies[2]: Should be an object such as {"name": "林业和园林局", "abbreviations": ["林园局"], "levels": ["市"], "kind": "政府"}, not "河长办"; this entry is ignored.',
    ]);
    assert.equal(problems[0].message, '"市级" 不是有效层级，应为 国家、省、市、县、区、乡镇 之一；已忽略此条目（“林业局”）。');
  });

  it('a bad terms file: a term’s field, a whitelist item and an unknown field', () => {
    const { problems } = validateUnitTerms({ version: '1.0.0', terms: [{ word: '某某', from: '2025-1-1' }], whitelist: ['x'], colour: 'red' }, '/ws/.gongwen/terms.json');
    assert.deepEqual(english(problems), [
      '/ws/.gongwen/terms.json colour: Unknown field “colour”; ignored.',
      '/ws/.gongwen/terms.json terms[0].from: Should be a date YYYY-MM-DD; this term is ignored.',
      '/ws/.gongwen/terms.json whitelist[0]: Should be a word or phrase of 2 to 60 characters without line breaks; this item is ignored.',
    ]);
  });

  it('a bad jurisdiction entry: ambiguous, a town’s code, not in the table', () => {
    const { problems } = resolveSettings([editor({ jurisdiction: ['朝阳区', '350128001', '平潭综合实验区'] })], RULE_IDS, places);
    assert.deepEqual(english(problems), [
      'gongwen.jurisdiction[0]: “朝阳区” can mean 2 divisions: “北京市朝阳区” (110105), “吉林省长春市朝阳区” (220104); write the full name with the higher levels (such as “吉林省长春市朝阳区”) or the division code. Ignored.',
      'gongwen.jurisdiction[1]: “350128001” is the code of a township (subdistrict), and the division table goes down to counties only; write the county it belongs to, “福建省福州市平潭县” (350128). Ignored.',
      'gongwen.jurisdiction[2]: “平潭综合实验区” is not in the division table (the National Bureau of Statistics’ 2023 statistical division codes: provinces, prefectures and counties, no townships or subdistricts). Did you mean “福建省福州市平潭县” (350128)? Write the name of a division (such as “福建省平潭县”) or its code (such as "350128"). Ignored.',
    ]);
  });
});
