import { strict as assert } from 'node:assert';
import { analysisConfig, DEFAULT_CONFIG, option, resolveSettings, type SettingsLayer } from '../../server/src/core/config/config';
import { SETTING_KEYS, SETTINGS } from '../../server/src/core/config/settings';
import { RULE_IDS } from '../../server/src/core/rules/index';

const file = (values: unknown): SettingsLayer => ({ source: '/p/.gongwen/config.json', values, file: true, origin: 'workspace' });
const editor = (values: unknown): SettingsLayer => ({ source: 'gongwen', values, file: false, origin: 'settings' });
const entry = (name: string) => ({ name, levels: ['市'], kind: '其他' });

describe('settings: declarations and layers', () => {
  it('every declared default passes its own check', () => {
    for (const key of SETTING_KEYS) {
      const { problems } = resolveSettings([editor(key.split('.').reduceRight<unknown>((v, part) => ({ [part]: v }), SETTINGS[key].default))], RULE_IDS);
      assert.deepEqual(problems, [], key);
    }
  });

  it('layers apply lowest first: values replace, rules merge rule by rule, agency entries of both are kept', () => {
    const { values, problems } = resolveSettings([
      file({ placeholderMode: 'final', rules: { 'numbering-gap': 'off', 'numbering-start': 'error' }, agencies: { extra: [entry('甲办公室')] } }),
      editor({ placeholderMode: 'hint', rules: { 'numbering-gap': 'warning' }, agencies: { extra: [entry('乙办公室')] } }),
    ], RULE_IDS);
    assert.deepEqual(problems, []);
    assert.equal(values.placeholderMode, 'hint');
    assert.deepEqual(values.rules, { 'numbering-gap': 'warning', 'numbering-start': 'error' });
    assert.deepEqual(values['agencies.extra'].map((e) => [e.name, e.origin]), [['甲办公室', 'workspace'], ['乙办公室', 'settings']]);
  });

  it('a bad value keeps the one below it and is named with its layer and field; editor settings in a file are named too', () => {
    const { values, problems } = resolveSettings([file({ placeholderMode: 'final', debounce: 10 }), editor({ placeholderMode: 'loud', debounce: -1 })], RULE_IDS);
    assert.equal(values.placeholderMode, 'final');
    assert.equal(values.debounce, 200);
    assert.deepEqual(problems, [
      { source: '/p/.gongwen/config.json debounce', message: '“debounce”只能在编辑器设置中修改（gongwen.debounce）；已忽略。' },
      { source: 'gongwen.debounce', message: '“gongwen.debounce”应为 0 到 10000 之间的毫秒数，实为 -1；已使用 200。' },
      { source: 'gongwen.placeholderMode', message: '“gongwen.placeholderMode”应为 hint、warning、final 之一，实为 "loud"；已使用 "final"。' },
    ]);
  });

  it('the analysis gets the project settings only, and option() reads one with its declared default', () => {
    const config = analysisConfig(resolveSettings([editor({ run: 'manual', files: ['a/*.txt'] })], RULE_IDS).values);
    assert.ok(!('run' in config) && !('enable' in config));
    assert.deepEqual(option(config, 'files'), ['a/*.txt']);
    assert.deepEqual(option(DEFAULT_CONFIG, 'files'), SETTINGS.files.default);
  });
});
