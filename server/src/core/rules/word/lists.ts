import type { PolicyDocument } from '../../model/document';
import type { WordList } from '../../words/entries';
import type { WordHit, WordLexicon } from '../../words/lexicon';
import type { Rule, RuleContext } from '../rule';
import { wordScan } from './scan';
import { fixTitle } from '../fixTitles';

const hitCache = new WeakMap<PolicyDocument, WeakMap<WordLexicon, readonly WordHit[]>>();

/** The word-list hits to report (context fits, not whitelisted), once per document and lexicon, shared by the list rules. */
export function wordHits(doc: PolicyDocument, ctx: RuleContext, lexicon: WordLexicon): readonly WordHit[] {
  let perLexicon = hitCache.get(doc);
  if (!perLexicon) hitCache.set(doc, (perLexicon = new WeakMap()));
  let hits = perLexicon.get(lexicon);
  if (!hits) {
    perLexicon.set(lexicon, (hits = lexicon.select(doc.text, wordScan(doc, ctx.resources).words, allowedSpans(doc, lexicon))));
  }
  return hits;
}

const allowedCache = new WeakMap<PolicyDocument, WeakMap<WordLexicon, readonly { start: number; end: number }[]>>();

function allowedSpans(doc: PolicyDocument, lexicon: WordLexicon): readonly { start: number; end: number }[] {
  if (!lexicon.whitelist.length) return [];
  let perLexicon = allowedCache.get(doc);
  if (!perLexicon) allowedCache.set(doc, (perLexicon = new WeakMap()));
  let spans = perLexicon.get(lexicon);
  if (!spans) perLexicon.set(lexicon, (spans = lexicon.allowedSpans(doc.text)));
  return spans;
}

/** True when `[start, end)` lies inside a phrase of the unit's whitelist: no word rule reports it. */
export function whitelisted(doc: PolicyDocument, ctx: RuleContext, start: number, end: number): boolean {
  const lexicon = ctx.resources.words;
  return !!lexicon && allowedSpans(doc, lexicon).some((s) => s.start <= start && end <= s.end);
}

/** Reports the hits of one list: the word, its fix and the reason. */
export function reportList(doc: PolicyDocument, ctx: RuleContext, list: WordList, applies: (hit: WordHit) => boolean = () => true): void {
  const lexicon = ctx.resources.words;
  if (!lexicon) return;
  const hits = list === '本单位' ? lexicon.scanUnitTerms(doc.text) : wordHits(doc, ctx, lexicon);
  for (const h of hits) {
    if (h.entry.list !== list || !applies(h)) continue;
    const { wrong, right, reason, source } = h.entry;
    const severity = h.entry.severity;
    if (right) {
      ctx.report({
        messageId: 'replace', data: { wrong, right, reason, source }, start: h.start, end: h.end, severity,
        fixes: [{ ...fixTitle('replace', { text: right }), edits: [{ start: h.start, end: h.end, newText: right }], safe: false }],
      });
    } else {
      ctx.report({ messageId: 'avoid', data: { wrong, reason, source }, start: h.start, end: h.end, severity });
    }
  }
}

export function wordListRule(list: WordList, rule: Omit<Rule, 'check' | 'category' | 'scope' | 'fixable'>): Rule {
  return { ...rule, category: 'word', fixable: false, scope: 'paragraph', check: (doc, ctx) => reportList(doc, ctx, list) };
}
