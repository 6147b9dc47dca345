/**
 * The short forms offices write, derived from a full name instead of listed for each agency:
 *
 * - `conjunction`: the 和/与 between the parts of a name dropped (文化和旅游局 → 文化旅游局,
 *   发展和改革委员会 → 发展改革委员会);
 * - `short-word`: a word replaced by the shorter word offices use for it, in a name of a local office
 *   (自然资源 → 资源, 生态环境 → 生态, 市容管理 → 市容, 监督管理 → 监管: 规划和自然资源局 → 规划资源局,
 *   市场监督管理局 → 市场监管局);
 * - `suffix`: 委员会 → 委 after the whole or shortened body (发展改革委, 卫生健康委);
 * - `contraction`: one or two characters per word and the short suffix (发改委, 住建局, 文旅局,
 *   人社局, 规资局, 经发局, 人防办), when every word of the body has a contraction character in the
 *   lexicon: a name with a word the lexicon does not contract (农业农村局, 应急管理局) has none.
 *
 * Pure: a name and the lexicon in, forms out. The lexicon is data (agencies.json `derivation`).
 */

export interface DerivationLexicon {
  /** Word → the character(s) it stands for in a contraction; several alternatives (`自然资源` → `自`, `资`). `""` drops the word (`事务`). */
  readonly initials: Readonly<Record<string, readonly string[]>>;
  /** Word → shorter words offices write for it inside a local office's name (`自然资源` → `资源`). */
  readonly shortWords: Readonly<Record<string, readonly string[]>>;
}

export type DerivationPattern = 'conjunction' | 'short-word' | 'suffix' | 'contraction';

export interface DerivedForm {
  readonly text: string;
  /** The last step that made it (a contraction may follow a dropped conjunction). */
  readonly pattern: DerivationPattern;
}

/** Name endings, longest first: what follows the body, after a whole body and after a contraction. */
const SUFFIXES: readonly { readonly full: string; readonly afterBody: readonly string[]; readonly contracted: readonly string[] }[] = [
  { full: '委员会办公室', afterBody: [], contracted: ['委办'] },
  { full: '委员会', afterBody: ['委'], contracted: ['委'] },
  { full: '办公室', afterBody: [], contracted: ['办'] },
  { full: '总局', afterBody: [], contracted: ['总局'] },
  ...['局', '厅', '部', '委', '办', '署'].map((s) => ({ full: s, afterBody: [], contracted: [s] })),
];

/** Heads of central names kept as they are before a derived body (国家 + 发改委). */
const HEADS = ['国家', '中国', '中央'];
const CONJUNCTIONS = /[和与]/;
/** At most this many forms per name: the product of word choices grows fast, and longer names are explicit. */
const MAX_FORMS = 48;

interface Token {
  readonly text: string;
  readonly known: boolean;
}

/** The body cut into lexicon words, longest first from the left; characters the lexicon lacks are one token per run. */
function tokens(body: string, lexicon: DerivationLexicon, maxWord: number): Token[] {
  const out: Token[] = [];
  let raw = '';
  for (let i = 0; i < body.length;) {
    let word = '';
    for (let len = Math.min(maxWord, body.length - i); len >= 2; len--) {
      const w = body.slice(i, i + len);
      if (lexicon.initials[w] || lexicon.shortWords[w]) {
        word = w;
        break;
      }
    }
    if (!word) {
      raw += body[i++];
      continue;
    }
    if (raw) out.push({ text: raw, known: false });
    raw = '';
    out.push({ text: word, known: true });
    i += word.length;
  }
  if (raw) out.push({ text: raw, known: false });
  return out;
}

/** Every way to write the list of choices (each entry the alternatives of one slot), capped. */
function products(choices: readonly (readonly string[])[], cap: number): string[] {
  let acc = [''];
  for (const c of choices) {
    const next: string[] = [];
    for (const a of acc) for (const b of c) if (next.length < cap) next.push(a + b);
    acc = next;
  }
  return acc;
}

/** The longest word of the lexicon, so tokenising tries no longer slices. */
export function longestWord(lexicon: DerivationLexicon): number {
  let n = 2;
  for (const w of [...Object.keys(lexicon.initials), ...Object.keys(lexicon.shortWords)]) n = Math.max(n, w.length);
  return n;
}

interface NameParts {
  readonly head: string;
  readonly suffix: (typeof SUFFIXES)[number];
  /** The body as written, with its 和/与. */
  readonly body: string;
  /** The body without 和/与. */
  readonly joined: string;
  readonly hasConjunction: boolean;
  readonly words: readonly Token[];
  /** Every word contracts and there are at least two: the name has a contraction. */
  readonly contracts: boolean;
}

function nameParts(name: string, lexicon: DerivationLexicon, maxWord: number): NameParts | undefined {
  const head = HEADS.find((h) => name.startsWith(h) && name.length > h.length + 2) ?? '';
  const rest = name.slice(head.length);
  const suffix = SUFFIXES.find((s) => rest.endsWith(s.full) && rest.length > s.full.length);
  if (!suffix) return undefined;
  const body = rest.slice(0, rest.length - suffix.full.length);
  const conjuncts = body.split(CONJUNCTIONS).filter(Boolean);
  const joined = conjuncts.join('');
  const words = tokens(joined, lexicon, maxWord);
  const contracts = words.length >= 2 && words.every((w) => w.known && !!lexicon.initials[w.text]);
  return { head, suffix, body, joined, hasConjunction: conjuncts.length > 1, words, contracts };
}

/**
 * The derived forms of one name (without the name itself), each with the pattern that made it.
 * `local`: a local office (its forms stand after a place, so shortened words are safe to match).
 */
export function deriveForms(name: string, lexicon: DerivationLexicon, local: boolean, maxWord = longestWord(lexicon)): DerivedForm[] {
  const parts = nameParts(name, lexicon, maxWord);
  if (!parts) return [];
  const { head, suffix, body, joined, words } = parts;
  const out = new Map<string, DerivationPattern>();
  const add = (text: string, pattern: DerivationPattern) => {
    if (text !== name && text.length >= 2 && !out.has(text) && out.size < MAX_FORMS) out.set(text, pattern);
  };
  // Whole and shortened bodies, with the suffix as it is and shortened (委员会 → 委).
  const bodies: { text: string; pattern: DerivationPattern }[] = [];
  if (parts.hasConjunction) bodies.push({ text: joined, pattern: 'conjunction' });
  if (local && words.some((w) => lexicon.shortWords[w.text])) {
    const choices = words.map((w) => [w.text, ...(lexicon.shortWords[w.text] ?? [])]);
    for (const b of products(choices, MAX_FORMS)) if (b !== joined) bodies.push({ text: b, pattern: 'short-word' });
  }
  for (const b of bodies) add(head + b.text + suffix.full, b.pattern);
  for (const ending of suffix.afterBody) {
    add(head + body + ending, 'suffix');
    for (const b of bodies) add(head + b.text + ending, 'suffix');
  }
  if (parts.contracts) {
    const initials = products(words.map((w) => lexicon.initials[w.text]), MAX_FORMS).filter((i) => i.length >= 2);
    for (const i of initials) for (const ending of suffix.contracted) add(head + i + ending, 'contraction');
  }
  return [...out].map(([text, pattern]) => ({ text, pattern }));
}

/**
 * The words a name's contraction takes its characters from (`住房和城乡建设局` → 住房, 城乡建设), or
 * undefined when it has none: a contraction that takes the wrong character of a word (`住城局`) is one
 * no office uses.
 */
export function contractionWords(name: string, lexicon: DerivationLexicon, maxWord = longestWord(lexicon)): readonly string[] | undefined {
  const parts = nameParts(name, lexicon, maxWord);
  return parts?.contracts ? parts.words.map((w) => w.text) : undefined;
}
