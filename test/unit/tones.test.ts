import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { pinyin } from 'pinyin-pro';
import pinyinPackage from 'pinyin-pro/package.json';
import tones from '../../server/src/core/text/data/tones.json';
import toneSchema from '../../server/src/core/text/data/tones.schema.json';
import { readingsOf, soundAlike, toneOf } from '../../server/src/core/text/pinyin';
import { buildTones } from '../../scripts/tones';

const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'server', 'src', 'core', 'text', 'data', 'tones.json'), 'utf8');

describe('reading table (tones.json, from pinyin-pro)', () => {
  it('is valid against its schema and records pinyin-pro, the installed version, and the date it was generated', () => {
    const validate = new Ajv({ allErrors: true }).compile(toneSchema);
    assert.ok(validate(tones), JSON.stringify(validate.errors, null, 2));
    assert.equal(tones.source.package, 'pinyin-pro');
    assert.equal(tones.source.packageVersion, pinyinPackage.version);
    assert.match(tones.generated, /^2026-12-\d\d$/);
  });

  it('is what scripts/tones.ts builds from the installed pinyin-pro (npm run data:tones after an upgrade)', () => {
    assert.equal(buildTones(tones.generated), committed);
  });

  it('gives every character of U+3400–U+9FFF the default reading and every reading pinyin-pro gives it', () => {
    let checked = 0;
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      assert.equal(toneOf(ch), pinyin(ch, { toneType: 'num', type: 'string', multiple: false }), ch);
      assert.deepEqual(readingsOf(ch), pinyin(ch, { toneType: 'none', type: 'array', multiple: true }), ch);
      checked++;
    }
    assert.equal(checked, 27648);
  });

  it('answers as pinyin-pro for known characters in and outside the table', () => {
    assert.equal(toneOf('长'), 'chang2');
    assert.equal(toneOf('〇'), 'ling2', 'U+3007 lies outside the table: pinyin-pro answers');
    assert.equal(toneOf('𠀀'), '𠀀', 'a supplementary character without a reading is itself');
    assert.equal(toneOf('a'), 'a');
    assert.equal(soundAlike('输', '数'), true);
    assert.equal(soundAlike('行', '航'), true, '行 reads hang as well as xing');
    assert.equal(soundAlike('数', '树'), true);
    assert.equal(soundAlike('数', '书'), true);
    assert.equal(soundAlike('输', '局'), false);
    assert.equal(soundAlike('〇', '零'), true);
  });
});
