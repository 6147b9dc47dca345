import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { PhraseIndex } from '../../server/src/core/text/phrases';
import { counted, runs } from './drafts';

/**
 * A phrase index of a few phrases searches for each on its own (indexOf); one of many reads every
 * character. Both must give the same hits in the same order: overlapping ones, self-overlapping ones
 * (`甲甲` in `甲甲甲`), a phrase inside a longer one, duplicates, and a range cut at `from`/`to`.
 */
describe('property: a phrase index of a few phrases finds what the character loop finds', () => {
  // A small alphabet, so phrases occur often and overlap.
  const han = fc.constantFrom(...'甲乙丙丁中国人民');
  const phrase = fc.array(han, { minLength: 1, maxLength: 4, size: 'max' }).map((cs) => cs.join(''));
  // Phrases no text of the alphabet holds: they only push the index past the few-phrase search.
  const padding = Array.from({ length: 20 }, (_, i) => ({ text: `${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x4e80 + i)}`, value: -1 }));

  it('same hits, same order, with and without a range', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof({ weight: 8, arbitrary: han }, { weight: 1, arbitrary: fc.constantFrom('，', '\n', 'X') }), { maxLength: 80, size: 'max' }).map((cs) => cs.join('')),
      // Phrases cut from the text itself (so they occur, nest and share starts) and a few of their own.
      fc.array(fc.tuple(fc.nat(80), fc.integer({ min: 1, max: 4 })), { maxLength: 10, size: 'max' }),
      fc.array(phrase, { maxLength: 4 }),
      fc.nat(90), fc.nat(90),
      counted((text: string, cuts: [number, number][], own: string[], a: number, b: number) => {
        const texts = [...cuts.map(([at, n]) => text.slice(at, at + n)).filter((t) => t.length > 0), ...own];
        const phrases = texts.map((t, i) => ({ text: t, value: i }));
        const few = new PhraseIndex(phrases);
        const many = new PhraseIndex([...phrases, ...padding]);
        assert.ok(many.size > 16 && few.size <= 16);
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        assert.deepEqual(few.scan(text), many.scan(text));
        assert.deepEqual(few.scan(text, from, to), many.scan(text, from, to));
      }),
    ), { numRuns: runs(300) });
  });
});
