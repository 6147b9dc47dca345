import type { CarriedScan, Rule } from '../rule';
import { splicedByWindow } from '../rule';
import type { Enumeration, Heading, PolicyDocument, Section } from '../../model/document';
import { formatChineseNumeral, parseArabic, parseChineseNumeral } from '../../parser/numerals';
import { firstIndexWhere } from '../../text/lineIndex';
import { inResidue } from '../frameText';
import { fixTitle } from '../fixTitles';

/**
 * A count claim introduces what follows with its number: `下面，我讲三点意见。` before 一、二、三、,
 * `重点抓好“五大行动”。` before （一）…（五）, `以下四项任务：`, `“三个一”：` before 一是…三是. Only a claim
 * whose sentence ends right where the sections or items begin governs them; a number in running
 * text (`打好三大保卫战，…`) claims nothing about the structure.
 */
const NUM = '[一二两三四五六七八九十]{1,3}|[0-9]{1,2}';
const KINDS: readonly { readonly pattern: RegExp; readonly rest: RegExp }[] = [
  // 讲三点意见, 谈两个方面的体会, 提三条要求: a speech's own announcement, maybe with a clause after (`，供大家参考`).
  {
    pattern: new RegExp(`(?:讲|谈|提出|提|说|强调|汇报)了?(?:以下|如下)?(${NUM})(点|个方面|方面|个问题|条)(?:的)?(?:意见|看法|体会|要求|建议|想法|认识|工作)?`, 'g'),
    rest: /^(?:[，,][\u3400-\u9fff]{1,12})?[。：:；！]?$/,
  },
  // 从三个方面谈谈, 从两个方面汇报.
  {
    pattern: new RegExp(`从(${NUM})(个方面|方面)(?:谈谈|讲讲|谈|讲|汇报|作汇报|说明)`, 'g'),
    rest: /^[\u3400-\u9fff]{0,8}[。：:；]?$/,
  },
  // 主要做法有三点：一是…, 主要存在四个方面的问题：一是…: a count with its colon right before the items (the
  // noun it counts, if named, between them).
  {
    pattern: new RegExp(`(?:有|是|为|分为|包括|存在|表现在|体现在)(${NUM})(点|个方面|方面|条|项|类)(?:的?(?:问题|不足|困难|短板|原因|特点|做法|成效|经验|措施|举措|工作|任务))?[：:]`, 'g'),
    rest: /^$/,
  },
  // 以下四项任务, 如下几个方面 (with a number), 下列三类.
  {
    pattern: new RegExp(`(?:以下|如下|下列|下面)(${NUM})(个方面|方面|项|点|条|个|件|类|大)`, 'g'),
    rest: /^[\u3400-\u9fff]{0,6}[。：:；]?$/,
  },
  // 重点抓好“五大行动”, 实施“三个一”工程: a quoted name that carries its count, after a verb that introduces it.
  {
    pattern: new RegExp(`(?:抓好|做好|实施|开展|推进|聚焦|突出|落实|推动|打造|围绕|把握|坚持|做到|实现|强化|构建|打好|打赢|推行|概括为|归纳为|简称)“(${NUM})(大|个方面|个|项|张|种|条|件|类|点|方面|批)[\u3400-\u9fff]{0,6}”`, 'g'),
    rest: /^[\u3400-\u9fff]{0,4}[。：:；]?$/,
  },
];

/** A match of one of the KINDS' patterns: where it is, what it matched, the numeral and the classifier. */
interface Claim {
  readonly index: number;
  readonly text: string;
  readonly numeral: string;
  readonly classifier: string;
}

const claimCache = new WeakMap<PolicyDocument, readonly (readonly Claim[])[]>();

/** Each kind's matches in the text, in order; a match lies within one line (no pattern reads a line break). */
export function claimsOf(doc: PolicyDocument): readonly (readonly Claim[])[] {
  let claims = claimCache.get(doc);
  if (claims) return claims;
  claims = KINDS.map(({ pattern }) => [...doc.text.matchAll(pattern)].map((m) => ({ index: m.index!, text: m[0], numeral: m[1], classifier: m[2] })));
  claimCache.set(doc, claims);
  return claims;
}

/**
 * After an edit, each kind's matches in the new draft from the previous draft's and the re-checked lines':
 * the five patterns are tried at every character, which on every keystroke cost the whole draft's length.
 */
export const carriedCountClaims: CarriedScan = {
  carry(previous, doc, window) {
    const before = claimCache.get(previous);
    if (!before || claimCache.has(doc)) return;
    const inWindow = claimsOf(window.document);
    claimCache.set(doc, before.map((claims, k) => splicedByWindow(claims, inWindow[k], window, (c) => c.index, (c, by) => ({ ...c, index: c.index + by }))));
  },
};

function claimValue(numeral: string): number {
  return /[0-9]/.test(numeral) ? parseArabic(numeral) : parseChineseNumeral(numeral.replace('两', '二'));
}

/** How the count is spoken of: `三点` → 点, `五大行动` → 项. */
function unitOf(classifier: string): string {
  return classifier === '方面' ? '个方面' : ['点', '个方面', '个问题', '条', '项', '件', '个', '类'].includes(classifier) ? classifier : '项';
}

interface Governed {
  readonly start: number;
  readonly count: number;
  /** The items as written, for the message: `一、二、三`, `（一）、（二）`, `一是、二是`. */
  readonly items: string;
}

/** For each heading that starts a run of same-style siblings (the first of its style, or a restart at 1): that run. */
function sectionRuns(doc: PolicyDocument): Map<Heading, Governed> {
  const runs = new Map<Heading, Governed>();
  const visit = (section: Section) => {
    const children = section.children;
    for (let i = 0; i < children.length; i++) {
      const marker = children[i].heading?.marker;
      const previous = children[i - 1]?.heading?.marker;
      // A run starts at the first heading of its style under the parent, or where the numbering starts again.
      if (marker && (previous?.scheme !== marker.scheme || marker.value === 1)) {
        let j = i;
        const markers: string[] = [];
        do markers.push(children[j++].heading!.marker!.text.replace(/[、.．]$/, ''));
        while (j < children.length && children[j].heading?.marker?.scheme === marker.scheme && children[j].heading!.marker!.value !== 1);
        runs.set(children[i].heading!, { start: marker.start, count: markers.length, items: markers.join('、') });
      }
      visit(children[i]);
    }
  };
  visit(doc.root);
  return runs;
}

function enumerationRun(e: Enumeration): Governed {
  return { start: e.items[0].start, count: e.items.length, items: e.items.map((i) => i.text).join('、') };
}

export const consistencyCountClaim: Rule = {
  id: 'consistency-count-claim',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: '数目与其后内容不符：“下面，我讲三点意见”“重点抓好‘五大行动’”“以下四项任务”等引出下文的数目，与其后实际列出的部分（一、二、三、或一是、二是……）数目不一致。',
  descriptionEn: 'A count claim (我讲三点意见, “五大行动”, 以下四项任务) that does not match the number of sections or items it introduces.',
  fixable: false,
  messages: {
    mismatch: '{claim}说有{claimed}{unit}，但其后列出的是{actual}{unit}：{items}。请补齐或删减内容，或把数目改为“{suggested}”。',
  },
  messagesEn: {
    mismatch: '{claim} announces {claimed} {unit}, but {actual} {unit} follow: {items}. Complete or cut the content, or change the count to “{suggested}”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const headings = doc.headings;
    if (headings.length === 0 && doc.enumerations.length === 0) return;
    const runs = sectionRuns(doc);
    const enumerations = doc.enumerations;
    const claims = claimsOf(doc);
    for (let k = 0; k < KINDS.length; k++) {
      const { rest } = KINDS[k];
      for (const m of claims[k]) {
        const claimStart = m.index + m.text.indexOf(m.numeral);
        const claimEnd = m.index + m.text.length;
        if (inResidue(doc, claimStart)) continue;
        // What begins next: a heading or an inline enumeration, whichever comes first.
        const h = headings[firstIndexWhere(headings, (x) => x.start >= claimEnd)];
        const e = enumerations[firstIndexWhere(enumerations, (x) => x.items[0].start >= claimEnd)];
        const nextHeadingStart = h?.start ?? Infinity;
        const nextItemStart = e?.items[0].start ?? Infinity;
        const governed = nextItemStart < nextHeadingStart ? (e && e.items[0].value <= 1 ? enumerationRun(e) : undefined) : h && runs.get(h);
        if (!governed) continue;
        if (!rest.test(text.slice(claimEnd, governed.start).trim())) continue;
        const claimed = claimValue(m.numeral);
        if (!Number.isInteger(claimed) || claimed === governed.count) continue;
        const arabic = /[0-9]/.test(m.numeral);
        const unit = unitOf(m.classifier);
        const numeral = (n: number) => (arabic ? String(n) : n === 2 ? '两' : formatChineseNumeral(n));
        const suggested = numeral(governed.count);
        const quote = m.text.indexOf('“');
        ctx.report({
          messageId: 'mismatch',
          data: { claim: quote >= 0 ? m.text.slice(quote) : `“${m.text.replace(/[：:]$/, '')}”`, claimed: numeral(claimed), actual: suggested, unit, items: governed.items, suggested },
          start: claimStart,
          end: claimStart + m.numeral.length,
          fixes: [{ ...fixTitle('countTo', { text: suggested }), edits: [{ start: claimStart, end: claimStart + m.numeral.length, newText: suggested }], safe: false }],
        });
      }
    }
  },
};
