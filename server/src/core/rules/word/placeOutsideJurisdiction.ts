import { option } from '../../config/config';
import type { FrameElement, FrameElementKind } from '../../model/frame';
import type { Fix } from '../../model/findings';
import type { Place, PlaceTable } from '../../places/places';
import type { Rule } from '../rule';
import { whitelisted } from './lists';
import type { PlaceMention } from './placeScan';
import { placeMentions } from './placeScan';
import { fixTitle } from '../fixTitles';

/**
 * The copied plan: a draft taken from another county still names that county where it speaks of the
 * unit's own work. A county or prefecture outside the configured jurisdiction is reported only on
 * evidence that the draft treats it as its own (precision first; a place merely named stays silent):
 * - it stands in an element that names the issuer or the document itself (title, 发文机关标志, 署名, 印发机关, …);
 * - an organ of it follows (`A县人民政府`, `A县委`, `A县教育局`): the body makes it a subject of the work;
 * - an area word follows (`A县辖区`, `结合A县实际`, `A县各乡镇`): the body makes it the area of the work.
 * A sentence that says how the other place is related (对口支援, 协作, 学习考察, 经验, 来自, 相比, 与A县 …) is
 * silent, and so is a place the draft addresses (主送) and every superior of the jurisdiction.
 * Official names only: short names (`平潭`, `和平`, `资源`, `合作`) are mostly words.
 */

/** Elements in which a place is the issuer's or the document's own. */
const OWN_ELEMENTS: ReadonlyMap<FrameElementKind, string> = new Map<FrameElementKind, string>([
  ['title', '标题'], ['attachment-title', '附件标题'], ['subtitle', '副标题'], ['meeting-line', '会议名称'], ['speaker', '讲话人'],
  ['issuer-mark', '发文机关标志'], ['issuer-signature', '落款署名'], ['print-line', '印发机关'],
]);
/** The same elements' names in English. */
const OWN_ELEMENTS_EN: ReadonlyMap<FrameElementKind, string> = new Map<FrameElementKind, string>([
  ['title', 'the title'], ['attachment-title', 'an attachment’s title'], ['subtitle', 'the subtitle'], ['meeting-line', 'the meeting’s name'], ['speaker', 'the speaker’s line'],
  ['issuer-mark', 'the issuer’s mark'], ['issuer-signature', 'the signature'], ['print-line', 'the printing office'],
]);

/** After the name: organs of the place (`A县委` but not `A县委托`; `A县教育局` but not `A县发展新格局`). */
const ORGAN = /^\s*(人民政府|政府|党委|委(?![托派屈])|人大常委会|人大|政协|纪委|监委|管委会|(?:(?![的与和及或要在对把将为是了等各])[\u4e00-\u9fff]){1,8}?(?:(?<![格布大全结僵开当终时败饭赌])局|委员会|办公室))/u;
/** After the name: the place as the area of the work. */
const AREA = /^\s*(实际|辖区|境内|域内|全域|县域|区域内|范围内|各乡镇|各乡（镇）|各乡\(镇\)|各镇（街道）|各乡镇（街道）|各镇|各乡|各街道|各村|各部门|各单位|县直|区直|市直)/u;

/**
 * Words that say how another place is related to the unit's work: help, partnership, learning,
 * comparison, origin, neighbourhood, correspondence. One of them in the sentence silences every place in it.
 */
const RELATION = new RegExp([
  '对口', '支援', '援建', '援助', '帮扶', '结对', '协作', '合作', '协同', '共建', '联建', '联防', '联控', '联合', '一体化', '协议',
  '学习', '考察', '调研', '参观', '观摩', '借鉴', '经验', '做法', '交流', '推广', '典型',
  '来自', '籍', '赴', '前往', '外地', '外县', '外省', '外市', '兄弟', '友好',
  '相比', '高于', '低于', '超过', '位居', '排名', '领先', '对比',
  '交界', '毗邻', '相邻', '接壤', '邻近', '周边',
  '参照', '参考', '商请', '协助', '会同', '邀请', '函', '贵县', '贵区', '贵市', '贵方', '贵单位', '感谢', '转发',
].join('|'), 'u');

/** How far a sentence is read around a place (long run-together lines have few full stops). */
const SENTENCE_REACH = 120;
const SENTENCE_END = /[。！？；\n]/u;

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}

/** `湖北省孝感市应城市`; several readings joined by 或. */
function chainNames(table: PlaceTable, places: readonly Place[]): string {
  return [...new Set(places.map((p) => table.chain(p).map((x) => x.name).join('')))].join('或');
}

interface Evidence {
  readonly messageId: 'element' | 'organ' | 'area';
  readonly data: Readonly<Record<string, string>>;
}

/** `现将《A县…方案》印发给你们`: the document the draft issues. */
const ISSUED = /现将|印发给|制定本|特制定/u;

/** Why the draft treats this place as its own, or undefined. */
function evidenceAt(text: string, m: PlaceMention, elements: readonly FrameElement[], sentence: string): Evidence | undefined {
  const element = elements.find((e) => e.start <= m.start && m.end <= e.end);
  if (element) return { messageId: 'element', data: { element: OWN_ELEMENTS.get(element.kind)!, elementEn: OWN_ELEMENTS_EN.get(element.kind)! } };
  if (text[m.start - 1] === '《' && ISSUED.test(sentence)) return { messageId: 'element', data: { element: '印发的文件名称', elementEn: 'the name of the document issued' } };
  const after = text.slice(m.end, m.end + 20);
  const organ = ORGAN.exec(after);
  // `A县人民政府与我县…`: the organ is the other party.
  if (organ) return after[organ[0].length] === '与' ? undefined : { messageId: 'organ', data: { organ: organ[1] } };
  const area = AREA.exec(after);
  if (area) return { messageId: 'area', data: { area: area[1] } };
  return undefined;
}

/** `A县至B县`, `县城—A县城段`: a route between places names both ends. */
const ROUTE = '至到—－-～~';
/** `原A县` (a former name); `与A县`, `A县与…` (the other party of an agreement or a border). */
const BEFORE = ROUTE + '原旧与';
const AFTER = ROUTE + '与';

/** Replace with the jurisdiction's own name when it is one division of the same level (offered, never safe). */
function ownNameFix(jurisdiction: readonly Place[], m: PlaceMention): Fix[] {
  const own = jurisdiction.length === 1 && m.places.every((p) => p.level === jurisdiction[0].level) ? jurisdiction[0] : undefined;
  return own ? [{ ...fixTitle('replace', { text: own.name }), edits: [{ start: m.start, end: m.end, newText: own.name }], safe: false }] : [];
}

export const wordPlaceOutsideJurisdiction: Rule = {
  id: 'word-place-outside-jurisdiction',
  category: 'word',
  defaultSeverity: 'warning',
  description: '辖区外地名：设置本单位辖区（jurisdiction）后，提示把辖区以外的县（市、区）或地级市当作本单位发文机关、机关或工作范围的地名（多为沿用外地文稿时未改）；未设置辖区时不检查。',
  descriptionEn: 'With a jurisdiction set: a county or prefecture outside it written as the draft’s own issuer, organ or work area (a plan copied from another place).',
  fixable: false,
  messages: {
    element: '“{place}”（{where}）不在本单位辖区（{jurisdiction}）内，却写在{element}中，多为沿用外地文稿时未改。请改为本辖区的地名；确指外地的，请写明与它的关系（如“对口支援”“学习考察”）。',
    organ: '“{place}{organ}”是{where}的机关，不在本单位辖区（{jurisdiction}）内。沿用外地文稿时请改为本辖区的机关；确指外地的，请写明与它的关系（如“协作”“对口支援”）。',
    same: '“{place}”（{where}）不在本单位辖区（{jurisdiction}）内；本文别处已把它写作本单位的发文机关、机关或工作范围，此处多半也是沿用外地文稿时未改。请改为本辖区的地名。',
    area: '“{place}{area}”把辖区（{jurisdiction}）以外的{where}当作本单位的工作范围，多为沿用外地文稿时未改。请改为本辖区的地名；确指外地的，请写明与它的关系（如“学习借鉴”“对口支援”）。',
  },
  messagesEn: {
    element: '“{place}” ({where}) is outside the unit’s jurisdiction ({jurisdiction}) but stands in {elementEn}: most likely left from another place’s draft. Write the jurisdiction’s own place; if another place is meant, say how it is related (such as “对口支援”, “学习考察”).',
    organ: '“{place}{organ}” is an organ of {where}, outside the unit’s jurisdiction ({jurisdiction}). In a draft taken from another place, write the jurisdiction’s own organ; if another place is meant, say how it is related (such as “协作”, “对口支援”).',
    same: '“{place}” ({where}) is outside the unit’s jurisdiction ({jurisdiction}); elsewhere the document writes it as its own issuer, organ or work area, so here too it is most likely left from another place’s draft. Write the jurisdiction’s own place.',
    area: '“{place}{area}” takes {where}, outside the jurisdiction ({jurisdiction}), as the unit’s own work area: most likely left from another place’s draft. Write the jurisdiction’s own place; if another place is meant, say how it is related (such as “学习借鉴”, “对口支援”).',
  },
  check(doc, ctx) {
    const table = ctx.resources.places;
    const codes = option(ctx.config, 'jurisdiction');
    if (!table || !codes.length) return;
    const jurisdiction = codes.map((c) => table.byCode(c)).filter((p): p is Place => !!p);
    if (!jurisdiction.length) return;
    // Inside the jurisdiction, or one of its superiors (the province or city it belongs to).
    const related = (p: Place) => jurisdiction.some((j) => table.isWithin(p, j) || table.isWithin(j, p));
    const text = doc.text;
    const elements = doc.frame.elements.filter((e) => OWN_ELEMENTS.has(e.kind));
    const addressees = doc.frame.elements.filter((e) => e.kind === 'addressee');
    const mentions = placeMentions(doc, ctx.resources);
    // The places the draft is addressed to are its counterpart (a 函 to another county) wherever they stand.
    const counterparts = new Set(mentions.filter((m) => addressees.some((e) => e.start <= m.start && m.end <= e.end)).flatMap((m) => m.places));
    const names = jurisdiction.map((j) => table.chain(j).map((x) => x.name).join('')).join('、');
    // Each mention that could be the draft's own area, with its sentence; then the places shown to be
    // treated as its own (by one piece of evidence) are reported wherever no relation is said.
    const candidates: { m: PlaceMention; evidence: Evidence | undefined }[] = [];
    mentions.forEach((m, k) => {
      if (m.form !== 'name' || !m.places.some((p) => p.level !== 'province' && p.kind !== '功能区')) return;
      if (m.places.some((p) => related(p) || counterparts.has(p))) return;
      // `孝感市应城市`: the lower name is the one to report.
      const next = mentions[k + 1];
      if (next && next.start === m.end && next.places.some((n) => m.places.some((p) => table.isWithin(n, p)))) return;
      // Former names, routes, the other party (`原A县`, `A县至B县`, `与A县`).
      const before = m.start > 0 ? text[m.start - 1] : '';
      const after = m.end < text.length ? text[m.end] : '';
      if ((before && BEFORE.includes(before)) || (after && AFTER.includes(after))) return;
      const sentence = sentenceAround(text, m.start, m.end);
      if (RELATION.test(sentence) || whitelisted(doc, ctx, m.start, m.end)) return;
      candidates.push({ m, evidence: evidenceAt(text, m, elements, sentence) });
    });
    const own = new Set(candidates.filter((c) => c.evidence).map((c) => text.slice(c.m.start, c.m.end)));
    for (const { m, evidence } of candidates) {
      const place = text.slice(m.start, m.end);
      if (!own.has(place)) continue;
      ctx.report({
        messageId: evidence?.messageId ?? 'same',
        data: { place, where: chainNames(table, m.places), jurisdiction: names, ...evidence?.data },
        start: m.start,
        end: m.end,
        fixes: ownNameFix(jurisdiction, m),
      });
    }
  },
};
