import { strict as assert } from 'node:assert';
import { isChineseContext, isChineseContextCode, isHanCode, urlSpans } from '../../server/src/core/text/chars';

describe('chars: the one vocabulary of character classes', () => {
  it('Han: unified ideographs, extension A, compatibility ideographs and the first unit of the extension planes', () => {
    for (const ch of ['一', '龥', '㐀', '丽', '𠀀']) assert.ok(isHanCode(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '1', '，', '😀', '\udc00']) assert.ok(!isHanCode(ch.charCodeAt(0)), JSON.stringify(ch));
  });

  it('Chinese context: Han characters and Chinese punctuation, never Latin, digits or emoji', () => {
    for (const ch of ['中', '，', '。', '“', '”', '《', '…', '—', '·', '％', '\u3000']) assert.ok(isChineseContext(ch) && isChineseContextCode(ch.charCodeAt(0)), ch);
    for (const ch of ['a', '5', ',', '%', '😀', '', undefined]) assert.ok(!isChineseContext(ch), JSON.stringify(ch));
  });

  it('URLs: http, https and www addresses, printable ASCII only (an address in Chinese characters is not one), without the sentence punctuation after them', () => {
    const text = '见 http://www.gov.cn/zhengce/9732.html,请查阅；另见www.mee.gov.cn。链接https://a.cn/x?y=1&z=(2)）和http://例子.cn';
    assert.deepEqual(urlSpans(text).map((s) => text.slice(s.start, s.end)), ['http://www.gov.cn/zhengce/9732.html', 'www.mee.gov.cn', 'https://a.cn/x?y=1&z=(2']);
    assert.deepEqual(urlSpans('没有网址，只有 http 这个词'), []);
  });
});
