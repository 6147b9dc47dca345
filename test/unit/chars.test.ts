import { strict as assert } from 'node:assert';
import { isChineseContext, isChineseContextCode, isHanCode } from '../../server/src/core/text/chars';

describe('chars: the one vocabulary of character classes', () => {
  it('Han: unified ideographs, extension A, compatibility ideographs and the first unit of the extension planes', () => {
    for (const ch of ['一', '龥', '㐀', '丽', '𠀀']) assert.ok(isHanCode(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '1', '，', '😀', '\udc00']) assert.ok(!isHanCode(ch.charCodeAt(0)), JSON.stringify(ch));
  });

  it('Chinese context: Han characters and Chinese punctuation, never Latin, digits or emoji', () => {
    for (const ch of ['中', '，', '。', '“', '”', '《', '…', '—', '·', '％', '\u3000']) assert.ok(isChineseContext(ch) && isChineseContextCode(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '5', ',', '%', '😀', '', undefined]) assert.ok(!isChineseContext(ch), JSON.stringify(ch));
  });
});
