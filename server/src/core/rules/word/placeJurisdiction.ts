import type { Place, PlaceTable } from '../../places/places';
import type { Fix } from '../../model/findings';
import type { Rule } from '../rule';
import { whitelisted } from './lists';
import type { PlaceMention } from './placeScan';
import { placeMentions } from './placeScan';
import { fixTitle } from '../fixTitles';
import { soundAlike } from '../../text/pinyin';

/** `湖北省` + `张家界市`, `南京市` + `朝阳区`: the second name is a division of none of the places the first names. */
function insideAny(table: PlaceTable, inner: readonly Place[], outer: readonly Place[]): boolean {
  return inner.some((i) => outer.some((o) => i !== o && table.isWithin(i, o)));
}

/**
 * A division of `outer` written with one character of its name (not of its level: `市`, `县`, `自治州`) replaced by
 * one of the same sound, right after `outer`: `福建省付州市` (福州市), `内蒙古自治区包投市` (包头市). The text there must
 * be no division's name at all, so a real place under the wrong outer is `notInside`'s, not this.
 */
function nearChild(table: PlaceTable, text: string, at: number, outer: readonly Place[]): { written: string; right: Place; k: number } | undefined {
  for (const o of outer) {
    if (o.level === 'county') continue;
    for (const c of table.children(o)) {
      const n = c.name.length;
      if (at + n > text.length || text.charCodeAt(at + n - 1) !== c.name.charCodeAt(n - 1)) continue;
      const stem = n - Math.max(1, c.suffix.length);
      let k = -1;
      let diff = 0;
      for (let i = 0; i < n && diff < 2; i++) {
        if (text.charCodeAt(at + i) !== c.name.charCodeAt(i)) {
          diff++;
          k = i;
        }
      }
      if (diff !== 1 || k >= stem) continue;
      const written = text.slice(at, at + n);
      if (!soundAlike(written[k], c.name[k]) || table.find(written).length > 0) continue;
      return { written, right: c, k };
    }
  }
  return undefined;
}

function where(table: PlaceTable, places: readonly Place[]): string {
  return [...new Set(places.map((p) => table.chain(p).map((x) => x.name).join('')))].join('或');
}

export const wordPlaceJurisdiction: Rule = {
  id: 'word-place-jurisdiction',
  category: 'word',
  defaultSeverity: 'warning',
  description: '地名隶属关系错误：下级行政区不属于前面写的上级（如“湖北省张家界市”，张家界市属湖南省；“四川省重庆市”），或上级之后的下级地名有同音错字（如“福建省付州市”），依据国家统计局统计用区划代码。',
  descriptionEn: 'A division written under a province or city it does not belong to (湖北省张家界市: 张家界 is in 湖南), or one of its divisions written with a homophone (福建省付州市).',
  fixable: false,
  scope: 'paragraph',
  messages: {
    notInside: '“{outer}{inner}”有误：“{inner}”不属于“{outer}”，而是{actual}。请核对地名。',
    municipality: '“{outer}{inner}”有误：“{inner}”是{kind}，不属于“{outer}”。请核对地名。',
    nearName: '“{outer}{written}”中的地名可能写错：{outer}没有“{written}”，有“{right}”（“{wrongChar}”与“{rightChar}”同音）。请核对地名。',
  },
  messagesEn: {
    notInside: '“{outer}{inner}” is wrong: “{inner}” is not in “{outer}” but in {actual}. Check the place names.',
    municipality: '“{outer}{inner}” is wrong: “{inner}” is not in “{outer}”. Check the place names.',
    nearName: '“{outer}{written}”: {outer} has no “{written}” but has “{right}” (“{wrongChar}” sounds like “{rightChar}”). Check the place name.',
  },
  check(doc, ctx) {
    const table = ctx.resources.places;
    if (!table) return;
    const mentions = placeMentions(doc, ctx.resources);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      // An official name followed by Han text that is no official name the scan knows (a short name may begin it:
      // `湘西` of `湘西土家族苗足自治州`): perhaps one of its divisions misspelt.
      const next = mentions[k + 1];
      if (m.form !== 'name' || (next?.start === m.end && next.form === 'name')) continue;
      const near = nearChild(table, doc.text, m.end, m.places);
      if (!near || whitelisted(doc, ctx, m.start, m.end + near.written.length)) continue;
      const outerText = doc.text.slice(m.start, m.end);
      const data = { outer: outerText, written: near.written, right: near.right.name, wrongChar: near.written[near.k], rightChar: near.right.name[near.k] };
      const end = m.end + near.written.length;
      ctx.report({ messageId: 'nearName', data, start: m.start, end, fixes: [{ ...fixTitle('replace', { text: outerText + near.right.name }), edits: [{ start: m.end, end, newText: near.right.name }], safe: false }] });
    }
    for (let k = 1; k < mentions.length; k++) {
      const outer = mentions[k - 1];
      const inner = mentions[k];
      // Both official names, written together: `湖北省张家界市`, not `湖北张家界` nor `湖北省、张家界市`.
      if (outer.form !== 'name' || inner.form !== 'name' || outer.end !== inner.start) continue;
      if (!outer.places.some((p) => p.level !== 'county')) continue;
      if (insideAny(table, inner.places, outer.places) || whitelisted(doc, ctx, outer.start, inner.end)) continue;
      // A name of the same or a higher level (`北京市上海市`, `湖北省湖南省`) is a list run together, except a
      // municipality under a province (`四川省重庆市`: 重庆 left 四川 in 1997).
      const provinces = inner.places.filter((p) => p.kind === '直辖市');
      if (inner.places.some((p) => p.level === 'province') && !(provinces.length && outer.places.some((p) => p.kind === '省'))) continue;
      if (!provinces.length && !inner.places.some((i) => outer.places.some((o) => levelRank(i) > levelRank(o)))) continue;
      const outerText = doc.text.slice(outer.start, outer.end);
      const data = { outer: outerText, inner: doc.text.slice(inner.start, inner.end), actual: where(table, inner.places), kind: '直辖市' };
      ctx.report({ messageId: provinces.length ? 'municipality' : 'notInside', data, start: outer.start, end: inner.end, fixes: outerFix(table, outer, outerText, inner.places) });
    }
  },
};

/**
 * When the inner name is one place: write the division it really lies in at the outer name's level
 * (`湖北省张家界市` → `湖南省张家界市`), or drop the outer name before a municipality (`四川省重庆市` → `重庆市`).
 * Not safe: the writer may have meant another place under the outer name.
 */
function outerFix(table: PlaceTable, outer: PlaceMention, outerText: string, inner: readonly Place[]): Fix[] {
  if (inner.length !== 1) return [];
  const level = outer.places[0].level;
  const real = table.chain(inner[0]).find((p) => p.level === level && p !== inner[0]);
  const newText = real ? real.name : inner[0].level === 'province' ? '' : undefined;
  if (newText === undefined) return [];
  const title = newText ? fixTitle('replace', { text: newText + table.chain(inner[0]).slice(-1)[0].name }) : fixTitle('remove', { text: outerText });
  return [{ ...title, edits: [{ start: outer.start, end: outer.end, newText }], safe: false }];
}

function levelRank(p: Place): number {
  return p.level === 'province' ? 0 : p.level === 'prefecture' ? 1 : 2;
}
