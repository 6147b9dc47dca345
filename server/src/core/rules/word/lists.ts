import type { PolicyDocument } from '../../model/document';
import type { WordList } from '../../words/entries';
import type { WordHit, WordLexicon } from '../../words/lexicon';
import type { Rule, RuleContext } from '../rule';

/** One scan of the word lists per document and lexicon, shared by the three word-list rules. */
const scans = new WeakMap<PolicyDocument, WeakMap<WordLexicon, readonly WordHit[]>>();

export function wordHits(doc: PolicyDocument, lexicon: WordLexicon): readonly WordHit[] {
  let perLexicon = scans.get(doc);
  if (!perLexicon) scans.set(doc, (perLexicon = new WeakMap()));
  let hits = perLexicon.get(lexicon);
  if (!hits) perLexicon.set(lexicon, (hits = lexicon.scan(doc.text)));
  return hits;
}

/** Reports the hits of one list: the word, its fix and the reason. */
function reportList(doc: PolicyDocument, ctx: RuleContext, list: WordList): void {
  const lexicon = ctx.resources.words;
  if (!lexicon) return;
  for (const h of wordHits(doc, lexicon)) {
    if (h.entry.list !== list) continue;
    const { wrong, right, reason, source } = h.entry;
    const severity = h.entry.severity;
    if (right) {
      ctx.report({
        messageId: 'replace', data: { wrong, right, reason, source }, start: h.start, end: h.end, severity,
        fixes: [{ title: `改为“${right}”`, edits: [{ start: h.start, end: h.end, newText: right }], safe: false }],
      });
    } else {
      ctx.report({ messageId: 'avoid', data: { wrong, reason, source }, start: h.start, end: h.end, severity });
    }
  }
}

export function wordListRule(list: WordList, rule: Omit<Rule, 'check' | 'category' | 'scope' | 'fixable'>): Rule {
  return { ...rule, category: 'word', fixable: false, scope: 'paragraph', check: (doc, ctx) => reportList(doc, ctx, list) };
}
