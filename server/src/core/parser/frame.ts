import type {
  AttachmentListItem, AttachmentPart, ChromeKind, DocumentFrame, DocumentGenre, FrameElement, FrameElementKind, FrameZone, WrittenDate, ZoneKind,
} from '../model/frame';
import type { Marker, PageNumberResidue, Paragraph } from '../model/document';
import type { LineIndex } from '../text/lineIndex';
import type { OccurrenceIndex } from '../text/occurrences';
import { charCodeTable, isHanCode, isWhitespaceCode } from '../text/chars';
import {
  addressOrPictureLine, chromeLine, chromeSpanAt, ChromeLine, interiorChromeLine, jammerSpan, labelLine, listLabelLine, pageLabel, siteSuffixStart, separatorLine, skipInlineSpace, valueOnNextLine, weakChromeLine, widgetDebrisLine, withoutSentencePunctuation,
} from './chrome';
import { dateAt, dateEndingAt } from './dates';
import { matchMarker } from './markers';
import { frontMatterEnd } from './verbatim';

/** What the frame is computed from: the parse's lines and what the line scan found at each paragraph's start. */
export interface FrameInput {
  readonly text: string;
  readonly lines: LineIndex;
  readonly paragraphs: readonly Paragraph[];
  /** Per paragraph (same index): the heading marker at its start, if any. */
  readonly markers: readonly (Marker | undefined)[];
  /** Per paragraph: the number of Markdown `#` marks before it (0: none). */
  readonly markdownLevels: readonly number[];
  readonly pageNumbers: readonly PageNumberResidue[];
  readonly occurrences: OccurrenceIndex;
}

/** A frame that says only "this is body text": for a text without any frame element. */
export function bodyOnlyFrame(length: number): DocumentFrame {
  return { zones: [{ kind: 'body', start: 0, end: length }], elements: [], attachmentList: [], attachments: [], genre: 'unknown' };
}

// ---------------------------------------------------------------------------------------------
// Shapes of the frame's elements. Every pattern is sticky and bounded: it is tried at one position
// and reads at most a line's head or tail, so the frame stays linear on a 10 MB draft or a 2 MB line.

/** Words a 公文 title ends with (GB/T 9704 文种, and the kinds of plans, rules and lists). */
const GENRE_WORDS = [
  '政府工作报告', '工作报告', '实施意见', '指导意见', '实施方案', '工作方案', '行动方案', '行动计划', '工作要点', '实施细则', '暂行办法',
  '管理办法', '若干规定', '若干措施', '若干政策', '讲话', '致辞', '发言', '报告', '通知', '通报', '通告', '公告', '意见', '决定', '决议',
  '命令', '公报', '请示', '批复', '议案', '复函', '函', '纪要', '方案', '计划', '规划', '要点', '办法', '规定', '条例', '细则', '规则',
  '章程', '准则', '标准', '措施', '政策', '总结', '说明', '建议', '指南', '清单', '目录', '名单', '公约', '守则', '制度', '预案', '纲要',
  '提纲', '答复', '决定书', '通知书', '裁定书', '判决书', '意见书', '建议书', '任务书', '责任书', '承诺书', '申请书', '申请表', '一览表', '汇总表', '分解表', '登记表', '申报表', '表', '样式', '指标',
  '办法（试行）', '规范', '标准', '细则', '公示', '声明', '倡议书', '倡议', '令',
].sort((a, b) => b.length - a.length);
const GENRE_END = new RegExp(`(?:${GENRE_WORDS.join('|')})$`);
/** Bracketed tails a title may carry: `（试行）`, `（2021—2023年）`. Draft status is an element of its own. */
const TITLE_TAIL = /[（(](?:试行|暂行|修订|[0-9０-９]{4}[—－\-一~～至到][0-9０-９]{4}年?|[0-9０-９]{4}年(?:版|修订)?)[）)]/y;
const DRAFT_STATUS = /[（(](?:征求意见稿|送审稿|讨论稿|草案|草稿|代拟稿|初稿|修改稿|审议稿|报审稿|修订稿|征求意见)[）)]/y;
/** Column names of a site (`通知公告`, `政务公开`) are not titles however they end. */
const MIN_TITLE = 5;

/**
 * The sentence that encloses a document (`现将讲话印发，请…落实。`, `现将《…》转发给你们，…。`): what it names —
 * a 《title》 or a genre word — and the sentence to its full stop.
 */
const PREFACE = new RegExp(`现将(?:[^。；《]{0,20}?《([^》]{2,80})》|[^。；《]{0,20}?(${GENRE_WORDS.filter((w) => !w.includes('（')).join('|')}))[^。；]{0,8}?(?:印发|转发|印送|下发|发给)[^。；]{0,60}。`, 'y');
/** `标题: …` in a collector's header, `标　　题：…` in a 信息公开 page's metadata. */
const HEADER_TITLE = /^标[ \u3000]*题[ \u3000]*[：:][ \u3000]*(\S.{3,})$/;
/** How far into the body the enclosing sentence is looked for. */
const PREFACE_WINDOW = 1200;

const COPY_NUMBER = /[0-9]{6}(?![0-9])/y;
const SECRECY = /(?:绝密|机密|秘密)(?:[ \u3000]*★[ \u3000]*[0-9一二三四五六七八九十]+[ \u3000]*年)?/y;
const URGENCY = /(?:特急|加急|特提|平急)/y;
const ISSUER_MARK = /[^\s。；，：:《》“”]{2,40}?[ \u3000]*(?:文件|公文稿纸|稿纸)(?![\u4e00-\u9fff]{0,2}的)/y;
const BULLETIN = /[^\s。；，：:《》]{1,30}?第[0-9０-９一二三四五六七八九十]{1,4}期/y;
const DOC_NUMBER = /[（(]?[\u4e00-\u9fff]{1,14}[〔\[［【(（][0-9０-９]{4}[〕\]］】)）][ \u3000]*第?[0-9０-９]{1,5}[ \u3000]*号[）)]?|[（(]第[0-9０-９]{1,5}号[）)]/y;
/**
 * A 发文字号 line whose brackets a conversion garbled or lost (`富政办, 2005? 35号`, `某政办发〔201746`): an agency code
 * ending as codes do, then the year and number without the usual brackets. Read only as a whole line of the 版头, where
 * nothing else takes this shape; element-doc-number reports it as incomplete.
 */
const GARBLED_DOC_NUMBER = /[\u4e00-\u9fff]{1,14}[发办函字规电复](?:[〔\[［【(（„][0-9]{5,9}|[^\u4e00-\u9fff0-9\s]{1,2}[ \u3000]*[0-9]{4}[ \u3000]*[^\u4e00-\u9fff0-9\s]{1,2}[ \u3000]*[0-9]{1,5}[ \u3000]*号)/y;
const SIGNER = /签[ \u3000]*发[ \u3000]*人[：:][ \u3000]*[\u4e00-\u9fff][\u4e00-\u9fff \u3000、，·]{0,30}/y;
const SUBTITLE_START = /[—－]{1,2}|-{2}/y;
const SUBTITLE_SPAN = /(?:——|－－|--)[^。；！？\n]{2,80}?(?:会议|大会|会|典礼|仪式|论坛|座谈会|报告会|开幕式|闭幕式)上(?:的(?:讲话|报告|发言|致辞|总结讲话|主题报告|工作报告))?/y;
const SPEAKER_SPAN = /[\u4e00-\u9fff]{1,20}[ \u3000\u2002\u2003\u00a0]+[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}/y;
/** `2019年10月8日 国务院第66次常务会议通过`: a regulation's adoption line. */
const ADOPTION_TAIL = /(?:通过|公布|施行|修订|修正|发布|批准|印发|起施行|颁布)$/;
const SALUTATION = /^(?:[\u4e00-\u9fff、，,]{0,12}(?:同志们|代表|委员|同志|朋友们|先生们|女士们|领导|嘉宾|老师们|同学们)[、，,\u4e00-\u9fff]{0,12})[：:]$/;
const CLOSING = /^(?:特此(?:通知|通报|报告|函告|函复|函达|回复|答复|告知|公告|通告|批复|请示|说明|证明|复函)|专此(?:函达|函告|报告|说明)|此复|请予(?:批准|审批|审定|审核|批复|备案)|妥否，?请(?:批示|示|审定|批复)|当否，?请(?:批示|示)|以上(?:报告|意见|请示)[，,]?请(?:审议|审阅|批示|审定|批转)|请(?:予|认真)?(?:贯彻执行|遵照执行|认真贯彻执行))[^。；]{0,12}[。！]?$/;
const NOTE = /[（(](?:此件|本件|此页无正文|联系人|此文)[^）)]{0,120}[）)]/y;
const SEAL = /[（(](?:[\u4e00-\u9fff]{0,6}(?:印|章|公章|盖章))[）)]/y;
const COPY_TO = /(?:抄[ \u3000]*送|分[ \u3000]*送|分[ \u3000]*发|报[ \u3000]*送)[：:]/y;
const ATTACHMENT_LABEL = /附[ \u3000]*件[ \u3000]*([0-9０-９]{1,2})?/y;
const LIST_ITEM = /([0-9０-９]{1,2})[.．、]/y;
const ROLE_NAME = /^[\u4e00-\u9fff \u3000]{1,8}[×XＸx]{2,3}$|^(?:审判长|审判员|人民陪审员|书[ \u3000]*记[ \u3000]*员|法官助理|经办人(?:员)?|联系人)[：:]?[ \u3000]*[\u4e00-\u9fff×X]{2,4}$/;

/** Last characters of an organisation's name (issuer, addressee): 局 厅 委 办 部 … 单位 公司. */
const UNIT_END = charCodeTable('局厅委办部府院会室处科所站队心位门构关业司团行校区县市省州旗盟镇乡村道组企军社馆协联署庭党');
const SENTENCE_END_MARK = charCodeTable(['。', '！', '？', '；', '!', '?', ';']);
const BOUNDARY_BEFORE = charCodeTable(['。', '！', '？', '；', '!', '?', ';', '）', ')', '」', '】', ' ', '\u3000', '\t', '\n', '\r']);
/** Words after which an issuer's name starts (the previous element's last word): `…的起草说明|平潭…局`. */
const ISSUER_CUT = /(?:印发|翻印|说明|方案|名单|通知|办法|措施|意见|规定|细则|计划|意见稿|送审稿|(?<!代)表|(?<!秘)书|报告|要点|目录|清单|指标|函)/g;

const MAX_HEAD_LINE = 400;
/** How far back from the end a chrome block is looked for, and how many longer lines in a row it grows over between strong ones. */
const MAX_TAIL_LINES = 80;
const MAX_LOOSE_RUN = 3;
/** How many label lines in a row above the document make a record's fields (`fieldRecordAt`). */
const MIN_FIELD_RECORD = 3;
const FIELD_RECORD: ChromeLine = { kind: 'navigation', what: '网页发布信息' };
const JAMMER: ChromeLine = { kind: 'navigation', what: '论坛防复制乱码' };
const QUESTION_END = new Set([0xff1f, 0x3f]);
const LABEL_COLON = /[：:]/;
/** A Markdown table's delimiter row (`--- | ---`): the rows around it are the document's table, never a bar of links. */
const TABLE_DELIMITER = /^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?$/;
const MAX_HEAD_ITEMS = 80;

function isUnitName(text: string, start: number, end: number): boolean {
  let e = end;
  // `劳动和社会保障厅（局）`: a bracketed alternative after the name.
  if (text.charCodeAt(e - 1) === 0xff09 || text.charCodeAt(e - 1) === 0x29) {
    // Searched in the last few characters only: a search back from here could read the whole text.
    const tail = text.slice(Math.max(start, e - 8), e);
    const open = Math.max(tail.lastIndexOf('（'), tail.lastIndexOf('('));
    if (open > 0 || (open === 0 && e - 8 > start)) e = e - tail.length + open;
  }
  return e - start >= 2 && UNIT_END[text.charCodeAt(e - 1)] === 1;
}

/** What the head item before a 主送 is: the title block or a 版头 element under the title (a decree's number). */
const ADDRESSEE_AFTER = new Set<HeadItem['kind']>(['title', 'subtitle', 'draft-status', 'meeting-line', 'doc-number', 'issuer-mark']);
/** Marks a 主送 line may wrongly end in (element-addressee reports them). */
const ADDRESSEE_WRONG_END = charCodeTable(['，', ',', '；', ';', '。', '、']);
/** Last characters of an addressee's name: an organisation's, and `各人民团体`. */
const ADDRESSEE_NAME_END = charCodeTable('局厅委办部府院会室处科所站队心位门构关业司团行校区县市省州旗盟镇乡村道组企军社馆协联署庭党体');
const ADDRESSEE_SEPARATORS = charCodeTable(['，', ',', '；', ';', '、', ' ', '\u3000', '\t']);
/** What a 主送 run into a chrome line starts after: a space, a breadcrumb's separator, a button's bracket. */
const ADDRESSEE_OPENS_AFTER = charCodeTable([' ', '\u3000', '\t', '>', '＞', '»', '›', '/', '|', '｜', '】', ']', '］']);

/**
 * How many agencies `[start, end)` lists, separated by `，` `；` `、` or spaces (a bracket's `、` is the
 * name's: `各市、县（市、区）人民政府`), or 0 when any part is not an organisation's name.
 */
function agencyCount(text: string, start: number, end: number): number {
  let count = 0;
  let depth = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 0xff08 || c === 0x28) depth++;
    else if ((c === 0xff09 || c === 0x29) && depth > 0) depth--;
    else if (i - from > 40) return 0;
    else if (c === -1 || (depth === 0 && ADDRESSEE_SEPARATORS[c] === 1)) {
      if (i > from) {
        if (!agencyName(text, from, i)) return 0;
        count++;
      }
      from = i + 1;
    } else if (!isHanCode(c) && c !== 0xb7 && !(c >= 0x30 && c <= 0x39) && ADDRESSEE_SEPARATORS[c] !== 1) return 0;
  }
  return depth === 0 ? count : 0;
}

/** The end of a 主送 line without the mark after its last name (`：`, or a wrong one). */
function withoutEndMark(text: string, start: number, end: number): number {
  const c = text.charCodeAt(end - 1);
  return end > start && (c === 0xff1a || c === 0x3a || ADDRESSEE_WRONG_END[c] === 1) ? end - 1 : end;
}

/** One addressee's name: two to forty characters ending like an organisation (a bracketed alternative after it). */
function agencyName(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 40) return false;
  let e = end;
  if (text.charCodeAt(e - 1) === 0xff09 || text.charCodeAt(e - 1) === 0x29) {
    const name = text.slice(start, e);
    e = start + Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
  }
  return e - start >= 2 && ADDRESSEE_NAME_END[text.charCodeAt(e - 1)] === 1;
}

/** A line that is a genre word alone, letter-spaced or not (`通　知`, `目录`). */
function genreWordAlone(text: string, start: number, end: number): boolean {
  return GENRE_WORDS.includes(text.slice(start, end).replace(/[ \u3000]+/g, ''));
}

function sticky(re: RegExp, text: string, pos: number, limit: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && pos + m[0].length <= limit ? pos + m[0].length : -1;
}

/** The end of a genre word ending exactly at `end` (exclusive), or -1. */
function genreEndsAt(text: string, start: number, end: number): boolean {
  return GENRE_END.test(text.slice(Math.max(start, end - 8), end));
}

/** End of [start, end) without trailing spaces and line breaks. */
function trimEndOf(text: string, start: number, end: number): number {
  for (;;) {
    const c = text.charCodeAt(end - 1);
    if (end > start && (isWhitespaceCode(c) || c === 10 || c === 13)) end--;
    else return end;
  }
}

function titleKey(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

// ---------------------------------------------------------------------------------------------

interface HeadItem {
  kind: FrameElementKind | 'weak';
  zone: ZoneKind;
  start: number;
  end: number;
  chrome?: ChromeLine;
  paragraph: number;
}

/** A line of the text's end: strong chrome, a short line (a label one or not), or a longer line without sentence punctuation. */
interface TailLine {
  start: number;
  end: number;
  shape: 'strong' | 'weak' | 'label' | 'loose';
  chrome?: ChromeLine;
}

interface Part {
  start: number;
  end: number;
  attachment?: number;
  /** Where the part's own text starts (after an attachment's label and title). */
  contentStart?: number;
}

class FrameBuilder {
  private readonly text: string;
  private readonly paragraphs: readonly Paragraph[];
  readonly elements: FrameElement[] = [];
  private readonly zoneStarts: { start: number; kind: ZoneKind; attachment?: number }[] = [];
  title?: FrameElement;
  date?: WrittenDate;
  /** The title a collector's header gives (`标题: …`), as `titleKey` reads it. */
  private headerTitle?: string;
  /** The paragraph after a record's fields above the document (`fieldRecord`), once one is found. */
  private fieldRecordEnd = -1;
  readonly attachmentList: AttachmentListItem[] = [];
  readonly attachments: AttachmentPart[] = [];

  constructor(private readonly input: FrameInput) {
    this.text = input.text;
    this.paragraphs = input.paragraphs;
  }

  /** Paragraph index holding offset (the last paragraph starting at or before it). */
  private paragraphAt(offset: number): number {
    const ps = this.paragraphs;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ps[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private element(kind: FrameElementKind, start: number, end: number, extra?: { chrome?: ChromeKind; attachment?: number }): FrameElement {
    const e: FrameElement = { kind, start, end, ...(extra?.chrome ? { chrome: extra.chrome } : {}), ...(extra?.attachment !== undefined ? { attachment: extra.attachment } : {}) };
    this.elements.push(e);
    return e;
  }

  /** A zone starting where a line's content starts takes the line's indentation (and Markdown marks) with it. */
  private zone(kind: ZoneKind, start: number, attachment?: number): void {
    if (start < this.text.length) {
      const p = this.paragraphs[this.paragraphAt(start)];
      if (p.start === start) start = this.input.lines.lineStarts[p.line];
    }
    this.zoneStarts.push({ start, kind, ...(attachment !== undefined ? { attachment } : {}) });
  }

  build(): DocumentFrame {
    const text = this.text;
    const ps = this.paragraphs;
    if (ps.length === 0) return bodyOnlyFrame(text.length);
    const head = this.scanHead();
    const trailingStart = this.trailingResidue(head.bodyStart);
    const imprintStart = this.imprint(head.bodyStart, trailingStart);
    const labelled = this.attachmentLabels(head.bodyStart, imprintStart);
    const mainEnd = labelled.length > 0 ? labelled[0].start : imprintStart;

    this.zone('body', head.bodyStart);
    // A bulletin or notice that prints a document right after saying so (`现将讲话印发，…。XXX同志在…上的讲话…`),
    // without a 落款 between: the document starts at its title.
    const prefaced = this.prefacedDocument(head.bodyStart, mainEnd);
    const enclosedStart = this.partTail({ start: head.bodyStart, end: prefaced ?? mainEnd }, true) ?? prefaced;
    const parts: { start: number; end: number; label?: { start: number; end: number; number?: number } }[] = [];
    if (enclosedStart !== undefined) parts.push(...this.enclosedParts(enclosedStart, mainEnd));
    for (let i = 0; i < labelled.length; i++) {
      parts.push({ start: labelled[i].start, end: i + 1 < labelled.length ? labelled[i + 1].start : imprintStart, label: labelled[i] });
    }
    for (const part of parts) this.addPart(part);
    this.interiorChrome(head.bodyStart, imprintStart);
    if (imprintStart < trailingStart) this.zone('imprint', imprintStart);
    if (trailingStart < text.length) this.zone('trailing-residue', trailingStart);

    const elements = this.elements.sort((a, b) => a.start - b.start || a.end - b.end);
    return {
      zones: this.finishZones(),
      elements,
      ...(this.title ? { title: this.title } : {}),
      ...(this.date ? { date: this.date } : {}),
      attachmentList: this.attachmentList,
      attachments: this.attachments,
      genre: this.genre(head.items),
    };
  }

  private finishZones(): FrameZone[] {
    const starts = this.zoneStarts.sort((a, b) => a.start - b.start);
    const zones: FrameZone[] = [];
    const length = this.text.length;
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i];
      const start = zones.length === 0 ? 0 : Math.max(s.start, zones[zones.length - 1].start);
      const end = i + 1 < starts.length ? Math.max(start, starts[i + 1].start) : length;
      const last = zones[zones.length - 1];
      if (last && last.kind === s.kind && last.attachment === s.attachment) {
        zones[zones.length - 1] = { ...last, end };
        continue;
      }
      if (end <= start && i + 1 < starts.length) continue;
      if (last) zones[zones.length - 1] = { ...last, end: start };
      zones.push({ kind: s.kind, start, end, ...(s.attachment !== undefined ? { attachment: s.attachment } : {}) });
    }
    if (zones.length === 0) return [{ kind: 'body', start: 0, end: length }];
    zones[zones.length - 1] = { ...zones[zones.length - 1], end: length };
    return zones;
  }

  // ---- head ----------------------------------------------------------------------------------

  /** Chrome, 版头, title block and 主送 before the body, in text order; where the body starts. */
  private scanHead(): { items: HeadItem[]; bodyStart: number } {
    const text = this.text;
    const ps = this.paragraphs;
    const items: HeadItem[] = [];
    // YAML front matter is the file's, verbatim (a residue zone without chrome in it): the head is read after it.
    const frontMatter = frontMatterEnd(text, this.input.lines) ?? -1;
    if (frontMatter > 0) this.zone('leading-residue', 0);
    let pi = 0;
    while (pi < ps.length && ps[pi].start < frontMatter) pi++;
    let pos = pi < ps.length ? ps[pi].start : text.length;
    let bodyStart = -1;
    const pages = new Map(this.input.pageNumbers.map((r) => [r.start, r.end]));
    while (pi < ps.length) {
      const p = ps[pi];
      if (pos < p.start) pos = p.start;
      pos = skipInlineSpace(text, pos, p.end);
      if (pos >= p.end) {
        pi++;
        continue;
      }
      const page = pages.get(pos);
      if (page !== undefined) {
        pos = page;
        continue;
      }
      // A head is a few dozen elements; past that the rest is body (and the scan stays linear).
      const item = items.length < MAX_HEAD_ITEMS ? this.headItem(items, pos, pi) : undefined;
      if (!item) {
        bodyStart = pos;
        break;
      }
      // Chrome never takes the 主送 a page ran into it (`首页 > 政策文件各县（市、区）人民政府，市直各单位：`): it ends before it.
      if (item.kind === 'chrome' || item.kind === 'weak') {
        const addressee = this.addresseeInside(item.start, item.end, p.end);
        if (addressee > item.start) item.end = trimEndOf(text, item.start, addressee);
      }
      items.push(item);
      pos = item.end;
      if (item.kind === 'addressee') {
        // A 主送 may be wrapped over lines: the body starts after its last one.
        const ai = this.paragraphAt(pos - 1);
        pos = skipInlineSpace(text, pos, ps[ai].end);
        // A forum's junk after the 主送's colon is chrome.
        const jammer = jammerSpan(text, ps[ai].start, ps[ai].end);
        if (jammer && jammer.start === pos) {
          items.push({ kind: 'chrome', zone: 'leading-residue', start: jammer.start, end: jammer.end, paragraph: ai, chrome: JAMMER });
          pos = jammer.end;
        }
        if (pos >= ps[ai].end && ai + 1 < ps.length) pos = ps[ai + 1].start;
        bodyStart = pos;
        break;
      }
      if (item.kind === 'salutation') {
        bodyStart = item.start;
        break;
      }
    }
    if (bodyStart < 0) bodyStart = text.length;
    // Weak lines are chrome only inside a block a strong line is in; a weak line left over is content.
    let firstContent = items.length;
    for (let i = 0; i < items.length; i++) {
      if (items[i].kind !== 'weak') continue;
      let j = i;
      while (j < items.length && items[j].kind === 'weak') j++;
      const nearChrome = (i > 0 && items[i - 1].kind === 'chrome') || (j < items.length && items[j].kind === 'chrome');
      if (nearChrome) for (let k = i; k < j; k++) items[k].kind = 'chrome';
      else {
        firstContent = i;
        break;
      }
      i = j - 1;
    }
    if (firstContent < items.length) {
      bodyStart = items[firstContent].start;
      items.length = firstContent;
    }
    this.emitHead(items);
    return { items, bodyStart };
  }

  private emitHead(items: HeadItem[]): void {
    // Adjacent chrome items (one line after another, or spans in one line) are one block.
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.kind === 'chrome') {
        let j = i;
        while (j + 1 < items.length && items[j + 1].kind === 'chrome') j++;
        this.chromeBlock(items.slice(i, j + 1), 'leading-residue');
        i = j;
        continue;
      }
      if (item.kind === 'weak') continue;
      // A title or subtitle wrapped over lines is one element.
      let j = i;
      if (item.kind === 'title' || item.kind === 'subtitle') while (j + 1 < items.length && items[j + 1].kind === item.kind) j++;
      this.zone(item.zone, item.start);
      const e = this.element(item.kind, item.start, items[j].end);
      i = j;
      if (item.kind === 'title' && !this.title) this.title = e;
      if ((item.kind === 'meeting-line' || item.kind === 'date') && !this.date) this.date = this.readDate(item.start, item.end);
    }
  }

  /** One element for a block of adjacent chrome, whatever its lines are: the fix deletes it whole. Its kind is its first strong line's. */
  private chromeBlock(block: { start: number; end: number; chrome?: ChromeLine }[], zone: ZoneKind): void {
    const kind = block.find((b) => b.chrome)?.chrome?.kind ?? 'navigation';
    this.zone(zone, block[0].start);
    this.element('chrome', block[0].start, block[block.length - 1].end, { chrome: kind });
  }

  private readDate(start: number, end: number): WrittenDate | undefined {
    for (let p = start; p < end; p++) {
      const d = dateAt(this.text, p, end);
      if (d && d.year !== undefined) return d;
    }
    return undefined;
  }

  /** The head element starting at `pos` in paragraph `pi`, or undefined where the body begins. */
  private headItem(items: readonly HeadItem[], pos: number, pi: number): HeadItem | undefined {
    const text = this.text;
    const p = this.paragraphs[pi];
    const item = (kind: HeadItem['kind'], zone: ZoneKind, e: number, chrome?: ChromeLine): HeadItem => ({ kind, zone, start: pos, end: e, paragraph: pi, ...(chrome ? { chrome } : {}) });
    // A forum's anti-copy junk at the line's start or end is chrome of its own; the line is read without it.
    const jammer = jammerSpan(text, p.start, p.end);
    if (jammer && pos >= jammer.start && pos < jammer.end) return item('chrome', 'leading-residue', jammer.end, JAMMER);
    const end = jammer && jammer.start > pos ? trimEndOf(text, pos, jammer.start) : p.end;
    const whole = pos === p.start;
    const length = end - pos;
    const titleSeen = items.some((i) => i.kind === 'title');
    const last = items[items.length - 1];
    const marker = whole ? this.input.markers[pi] : undefined;

    // Chrome: the whole line, or a span of a line a page ran together.
    if (whole) {
      const chrome = chromeLine(text, pos, end);
      if (chrome && !this.titleRunsIn(pos, end)) {
        // A collector's or 信息公开 page's `标题：…` names the title the body may repeat glued to its first words.
        const header = titleSeen || this.headerTitle ? null : HEADER_TITLE.exec(text.slice(pos, Math.min(end, pos + MAX_HEAD_LINE)));
        if (header) this.headerTitle = titleKey(header[1]);
        return item('chrome', 'leading-residue', end, chrome);
      }
      // A Markdown quote before the title is a collector's notice.
      if (!titleSeen && text.charCodeAt(pos) === 0x3e && length <= MAX_HEAD_LINE && this.input.markdownLevels[pi] === 0) {
        return item('chrome', 'leading-residue', end, { kind: 'source-notice', what: '收集者的说明' });
      }
    }
    if (whole && !titleSeen && this.fieldRecordAt(items, pi)) return item('chrome', 'leading-residue', end, FIELD_RECORD);
    if (whole) {
      const grown = this.chromeGrowsOver(items, pi, titleSeen);
      if (grown) return item(grown, 'leading-residue', end);
    }
    // A span of a run-together line (a whole line is judged by its shape above: `时间：…` alone is weak).
    const span = chromeSpanAt(text, pos, end);
    if (span && !(whole && skipInlineSpace(text, span.end, end) >= end)) return item('chrome', 'leading-residue', span.end, span.line);
    if (marker) return undefined;

    // 版头.
    if (!titleSeen) {
      let e: number;
      if (items.length === 0 && (e = sticky(COPY_NUMBER, text, pos, end)) > 0) return item('copy-number', 'header', e);
      if ((e = sticky(SECRECY, text, pos, end)) > 0 && (e === end || isWhitespaceCode(text.charCodeAt(e)) || !isHanCode(text.charCodeAt(e)) || text.slice(e, e + 2) === '特急')) return item('secrecy', 'header', e);
      if ((e = sticky(URGENCY, text, pos, end)) > 0) return item('urgency', 'header', e);
      if ((e = sticky(SIGNER, text, pos, end)) > 0) return item('signer', 'header', whole ? end : e);
      if ((e = sticky(ISSUER_MARK, text, pos, end)) > 0 && !text.slice(pos, e).includes('关于') && sticky(DOC_NUMBER, text, pos, end) < 0) return item('issuer-mark', 'header', e);
      if ((e = sticky(DOC_NUMBER, text, pos, end)) > 0) {
        // `中共中央办公厅文件中办发〔2020〕39号`: the mark before the number is an element of its own.
        const mark = sticky(ISSUER_MARK, text, pos, e);
        if (mark > 0 && !text.slice(pos, mark).includes('关于')) return item('issuer-mark', 'header', mark);
        return item('doc-number', 'header', e);
      }
      if (whole && sticky(GARBLED_DOC_NUMBER, text, pos, end) === end) return item('doc-number', 'header', end);
      if ((e = sticky(BULLETIN, text, pos, end)) > 0 && !text.slice(pos, e).includes('关于')) return item('issuer-mark', 'header', e);
      // A bulletin's office and date under its name (`工作简报第12期` / `示例市人民政府办公室　2024年3月8日`).
      if (last?.kind === 'issuer-mark' && /期$/.test(text.slice(last.start, last.end))) {
        const date = this.dateAfterName(pos, end);
        if (date) return item('issuer-signature', 'header', trimEndOf(text, pos, date.start));
      }
      const date = last?.kind === 'issuer-signature' ? dateAt(text, pos, end) : undefined;
      if (date?.year !== undefined) return item('date', 'header', date.end);
      // `广东省人民政府令`; a joint issuer's second line under `…文件`.
      if (whole && length <= 30 && /令$/.test(text.slice(pos, end)) && withoutSentencePunctuation(text, pos, end) && !GENRE_END.test(text.slice(pos, end - 1))) {
        return item('issuer-mark', 'header', end);
      }
      if (whole && last?.kind === 'issuer-mark' && length <= 30 && isUnitName(text, pos, end) && withoutSentencePunctuation(text, pos, end)) {
        return item('issuer-mark', 'header', end);
      }
    } else {
      let e: number;
      if ((e = sticky(DOC_NUMBER, text, pos, end)) > 0) return item('doc-number', 'header', e);
      if (whole && sticky(GARBLED_DOC_NUMBER, text, pos, end) === end) return item('doc-number', 'header', end);
      // A decree prints its title, then `广东省人民政府令` and `（第290号）`.
      if (whole && length <= 30 && /令$/.test(text.slice(pos, end)) && withoutSentencePunctuation(text, pos, end) && last?.kind === 'title') {
        return item('issuer-mark', 'header', end);
      }
    }

    // Title block.
    if (whole && this.input.markdownLevels[pi] === 1 && !titleSeen) return item('title', 'title', end);
    if ((last?.kind === 'title' || last?.kind === 'subtitle' || last?.kind === 'draft-status') && sticky(DRAFT_STATUS, text, pos, end) > 0) {
      return item('draft-status', 'title', sticky(DRAFT_STATUS, text, pos, end));
    }
    if (titleSeen) {
      const t = this.title ?? items.find((i) => i.kind === 'title');
      if (whole && t && length >= 4 && length <= 120 && titleKey(text.slice(pos, end)) === titleKey(text.slice(t.start, t.end)) && titleKey(text.slice(pos, end)).length >= 4) {
        return item('repeated-title', 'leading-residue', end);
      }
      // Subtitle `——在…上的讲话`, also wrapped over two lines.
      if (sticky(SUBTITLE_START, text, pos, end) > 0) {
        const e = sticky(SUBTITLE_SPAN, text, pos, end);
        if (e > 0) return item('subtitle', 'title', e);
        if (whole && length <= 100 && withoutSentencePunctuation(text, pos, end)) return item('subtitle', 'title', end);
      }
      if (whole && last?.kind === 'subtitle' && length <= 40 && withoutSentencePunctuation(text, pos, end) && /(?:上|讲话|报告|发言|致辞)$/.test(text.slice(pos, end)) &&
        !/(?:上|讲话|报告|发言|致辞)$/.test(text.slice(last.start, last.end))) {
        return item('subtitle', 'title', end);
      }
      // `（2022年10月16日）`, `（2026年1月27日在…会议上）`, `2019年10月8日 国务院第66次常务会议通过`, a date alone.
      const meeting = this.meetingLine(pos, end, whole);
      if (meeting > 0) return item('meeting-line', 'title', meeting);
      // Speaker: `北京市市长 殷勇`, `省长　李炳军`, `习近平` under a subtitle or date.
      const afterBlock = last && (last.kind === 'subtitle' || last.kind === 'meeting-line' || last.kind === 'title' || last.kind === 'chrome' || last.kind === 'weak') &&
        items.some((i) => i.kind === 'subtitle' || i.kind === 'meeting-line');
      if (afterBlock) {
        const e = sticky(SPEAKER_SPAN, text, pos, end);
        if (e > 0 && (e === end || isWhitespaceCode(text.charCodeAt(e)))) return item('speaker', 'title', e);
      }
      // A name alone (`习近平`) once the subtitle or date line has been read.
      if (whole && length >= 2 && length <= 4 && /^[\u4e00-\u9fff·]+$/.test(text.slice(pos, end)) &&
        items.some((i) => i.kind === 'subtitle' || i.kind === 'meeting-line') && !items.some((i) => i.kind === 'speaker')) {
        return item('speaker', 'title', end);
      }
      // A short single-sentence line between the speaker and the salutation: the photo's caption.
      if (whole && last?.kind === 'speaker' && length <= 40 && /。$/.test(text.slice(pos, end)) && withoutSentencePunctuation(text, pos, end - 1) && this.salutationAt(pi + 1)) {
        return item('caption', 'leading-residue', end);
      }
    }
    if (!titleSeen) {
      // A title with its 文号 after it, or a browser's title: the site's name run on (`…的通知_某某市人民政府门户网站`).
      const beforeSite = whole ? this.titleBeforeSiteSuffix(pos, end) : -1;
      if (beforeSite > 0) return item('title', 'title', beforeSite);
      const repeated = this.headerTitle ? this.headerTitleAt(pos, end) : -1;
      if (repeated > 0) return item('title', 'title', repeated);
      const t = this.titleAt(items, pos, end, whole, pi);
      if (t > 0) return item('title', 'title', t);
    } else if (whole && last?.kind === 'title' && this.titleContinues(last, pos, end)) {
      return item('title', 'title', end);
    }

    // 主送 and salutation end the head.
    const opening = this.addresseeAt(pos, end);
    if (opening) return item(opening.kind, opening.kind === 'salutation' ? 'body' : 'addressee', opening.end);
    // A 主送 written wrong (no colon, `，` at its end) or wrapped over lines: where it stands, right under the title block.
    if (whole && last && ADDRESSEE_AFTER.has(last.kind) && titleSeen) {
      const e = this.addresseeLines(pi);
      if (e > 0) return item('addressee', 'addressee', e);
    }
    // A short line without sentence punctuation may be chrome next to a strong line (decided in scanHead); one with a
    // title's ending, or a genre word alone (`通　知`), is the document's (the title after a line taken for one).
    if (whole && weakChromeLine(text, pos, end) && !dateAt(text, pos, end) && !this.titleShaped(pos, end)) return item('weak', 'leading-residue', end);
    return undefined;
  }

  /**
   * A line of the head that belongs to the chrome next to it whatever its own shape: the value of a label
   * waiting for it (`索引号：` / `006939748/2024-00156`), an item of a breadcrumb over lines (`>` / `政策文件`),
   * and — before the title — a line without a title's ending between two chrome lines, or above a chrome
   * run the document starts after (a site's name over its toolbar). Its kind is its neighbour's: a weak
   * run stays content unless a strong line is next to it.
   */
  private chromeGrowsOver(items: readonly HeadItem[], pi: number, titleSeen: boolean): 'chrome' | 'weak' | undefined {
    const text = this.text;
    const p = this.paragraphs[pi];
    const length = p.end - p.start;
    if (length > 100 || this.input.markers[pi] || !withoutSentenceEnd(text, p.start, p.end)) return undefined;
    const last = items[items.length - 1];
    const lastLine = last && (last.kind === 'chrome' || last.kind === 'weak') && last.paragraph === pi - 1 && this.paragraphs[pi - 1].start === last.start ? last : undefined;
    const next = this.paragraphs[pi + 1];
    // A value shaped like a title is the label's only inside the block (`标题：` / `…的通知` / `文号：`): after it, it is the document's.
    if (lastLine && valueOnNextLine(text, lastLine.start, lastLine.end) &&
      (!this.titleShaped(p.start, p.end) || (next && chromeLine(text, next.start, next.end)))) return lastLine.kind as 'chrome' | 'weak';
    const short = length <= 30 && withoutSentencePunctuation(text, p.start, p.end);
    if (lastLine && short && (separatorLine(text, lastLine.start, lastLine.end) || (next && separatorLine(text, next.start, next.end)))) return lastLine.kind as 'chrome' | 'weak';
    if (titleSeen) return undefined;
    // A label with its value right after chrome, before the title, is the metadata's (`制定机关：…`); a 主送 (`各单位：`) is not.
    if (lastLine?.kind === 'chrome' && labelLine(text, p.start, p.end) && !valueOnNextLine(text, p.start, p.end) && withoutSentencePunctuation(text, p.start, p.end)) return 'chrome';
    if (lastLine?.kind === 'chrome' && this.columnName(pi)) return 'weak';
    if (!short || this.titleShaped(p.start, p.end)) return undefined;
    if (lastLine) return next && chromeLine(text, next.start, next.end) ? 'weak' : undefined;
    // A site's name (and its account or column, `百家号` / `湖南日报`) over a chrome run the document starts after.
    let k = pi + 1;
    while (k < pi + 3 && k < this.paragraphs.length && !chromeLine(text, this.paragraphs[k].start, this.paragraphs[k].end) && this.siteLine(k)) k++;
    const strong = this.paragraphs[k];
    if (!strong) return undefined;
    // Over a record's fields (`福州市人民政府办公厅发文稿纸` / `签发：` …), the form's name.
    const fields = this.fieldRunEnd(k);
    if (fields - k >= MIN_FIELD_RECORD) return this.documentAfterChrome(fields) ? 'weak' : undefined;
    return chromeLine(text, strong.start, strong.end) && this.documentAfterChrome(k + 1) ? 'weak' : undefined;
  }

  /**
   * Is paragraph `pi` a field of a record printed above the document — an OA form's 签发/会签/核稿/拟稿单位, a
   * proposal's 提案号/提案人/主办单位, an archive's 馆藏号/全宗号: at least three label lines in a row at the top of the
   * text (nothing but chrome above them), the document's title, 版头 or 主送 right after. A 公文 puts its own label
   * lines (`主办单位：`, `时间：`) under its title, never above it.
   */
  private fieldRecordAt(items: readonly HeadItem[], pi: number): boolean {
    if (pi < this.fieldRecordEnd) return true;
    if (!items.every((i) => i.kind === 'chrome' || i.kind === 'weak')) return false;
    const end = this.fieldRunEnd(pi);
    if (end - pi < MIN_FIELD_RECORD || !this.documentAfterChrome(end)) return false;
    this.fieldRecordEnd = end;
    return true;
  }

  /** The paragraph after the run of field lines (`标签：值`, no sentence, no heading, no 主送) from `pi`. */
  private fieldRunEnd(pi: number): number {
    const text = this.text;
    let k = pi;
    for (; k < this.paragraphs.length && k < pi + MAX_HEAD_ITEMS; k++) {
      const { start, end } = this.paragraphs[k];
      if (end - start > 80 || this.input.markers[k] || !labelLine(text, start, end) || !withoutSentencePunctuation(text, start, end)) break;
      // A 主送 ends its line at its colon (`各单位：`); a field has its value after it (`立卷单位：县档案馆`).
      const addressee = this.addresseeAt(start, end);
      if (addressee && skipInlineSpace(text, addressee.end, end) >= end) break;
      // A 版头 written with labels (`签发人：…`, `密级：秘密`, `紧急程度：特急`) is the document's.
      const value = skipInlineSpace(text, start + text.slice(start, end).search(LABEL_COLON) + 1, end);
      if (sticky(SIGNER, text, start, end) > 0 || sticky(SECRECY, text, value, end) > 0 || sticky(URGENCY, text, value, end) > 0) break;
    }
    return k;
  }

  /** A line that reads as a title by its ending, not a label: `…的通知`, `通　知`. */
  private titleShaped(start: number, end: number): boolean {
    const text = this.text;
    if (labelLine(text, start, end)) return false;
    return (end - start >= MIN_TITLE && this.titleEnding(start, end)) || genreWordAlone(text, start, end);
  }

  /**
   * A column's name under a page's chrome, shaped like a short title (`主动公开目录`, `工作指南`), with the document
   * starting right under it: its 版头, or a title (longer, or with its subtitle or date line under it) that is not
   * this one's subtitle or date line. A genre word alone (`目　录`), a unit's name and a title's first line
   * (`…关于印发`) are the document's.
   */
  private columnName(pi: number): boolean {
    const text = this.text;
    const { start, end } = this.paragraphs[pi];
    const next = this.paragraphs[pi + 1];
    if (!next || end - start > 12 || !this.titleShaped(start, end) || genreWordAlone(text, start, end)) return false;
    if (text.slice(start, end).includes('关于') || isUnitName(text, start, end)) return false;
    if (this.headerLine(pi + 1)) return true;
    return this.titleLikeLine(pi + 1) && !this.nextIsTitleBlock(pi) && (next.end - next.start > end - start || this.nextIsTitleBlock(pi + 1));
  }

  /** A line only a 版头 starts with: a copy number, `…文件`, a document number. */
  private headerLine(pi: number): boolean {
    const { start, end } = this.paragraphs[pi];
    return sticky(COPY_NUMBER, this.text, start, end) > 0 || sticky(ISSUER_MARK, this.text, start, end) > 0 || sticky(DOC_NUMBER, this.text, start, end) > 0;
  }

  /** A line that may be a title: short enough, no sentence punctuation, Han words, no heading marker, no label. */
  private titleLikeLine(pi: number): boolean {
    const text = this.text;
    const { start, end } = this.paragraphs[pi];
    const length = end - start;
    return length >= MIN_TITLE && length <= 100 && withoutSentencePunctuation(text, start, end) && countHan(text, start, end) >= 4 && !this.input.markers[pi] && !labelLine(text, start, end);
  }

  /** A short line without punctuation, no heading and no title: what a site prints over its chrome. */
  private siteLine(pi: number): boolean {
    const { start, end } = this.paragraphs[pi];
    return end - start <= 30 && withoutSentencePunctuation(this.text, start, end) && !this.input.markers[pi] && !this.titleShaped(start, end);
  }

  /** Past the chrome lines from paragraph `pi`, does the document start (a title-shaped line, a 版头 element, a 主送)? */
  private documentAfterChrome(pi: number): boolean {
    const text = this.text;
    const ps = this.paragraphs;
    for (let k = pi; k < ps.length && k < pi + 40; k++) {
      const p = ps[k];
      const previous = ps[k - 1];
      if (chromeLine(text, p.start, p.end) || (k > pi && valueOnNextLine(text, previous.start, previous.end))) continue;
      if (this.input.markdownLevels[k] === 1 || this.headerLine(k)) return true;
      // A document without a title line starts with its 主送 or salutation.
      if (this.addresseeAt(p.start, p.end) || this.titleLikeLine(k)) return true;
      if (!weakChromeLine(text, p.start, p.end)) return false;
    }
    return false;
  }

  /**
   * Where a 主送 starts inside a chrome item [start, end) of a line ending at `lineEnd`: a page's line run into the
   * document's first line without a break (`首页 > 政策文件各县（市、区）人民政府，市直各单位：`, `来源：市政府办公室 各县人民政府：`).
   * A 主送 starts at `各` or after a space or a separator, lists agencies only up to its colon, and the colon ends the line
   * or the body follows it after a space. -1 when the item holds none.
   */
  private addresseeInside(start: number, end: number, lineEnd: number): number {
    const text = this.text;
    for (let s = start + 1; s < end; s++) {
      const c = text.charCodeAt(s);
      if (isWhitespaceCode(c) || !(c === 0x5404 || ADDRESSEE_OPENS_AFTER[text.charCodeAt(s - 1)] === 1)) continue;
      const opening = this.addresseeAt(s, lineEnd);
      if (opening?.kind !== 'addressee') continue;
      const colon = opening.end;
      if (colon < lineEnd && !isWhitespaceCode(text.charCodeAt(colon))) continue;
      if (agencyCount(text, s, colon - 1) === 0) continue;
      // A column's name glued to the 主送 (`政策文件各县人民政府`) is the breadcrumb's last item: the 主送 starts at its `各`
      // unless what stands before it is an agency's (`市直各单位`, `省政府各部门`, `全县各乡镇`).
      if (c !== 0x5404) {
        let k = s + 1;
        while (k < colon && text.charCodeAt(k) !== 0x5404 && ADDRESSEE_SEPARATORS[text.charCodeAt(k)] !== 1 && text.charCodeAt(k) !== 0xff08) k++;
        const before = text.charCodeAt(k - 1);
        if (text.charCodeAt(k) === 0x5404 && UNIT_END[before] !== 1 && before !== 0x76f4 /* 直 */ && agencyCount(text, k, colon - 1) > 0) return k;
      }
      return s;
    }
    return -1;
  }

  /** A 主送 (`各单位：`) or a salutation (`各位代表：`) starting at `pos`, and its end after the colon. */
  private addresseeAt(pos: number, end: number): { kind: 'addressee' | 'salutation'; end: number } | undefined {
    const text = this.text;
    const colon = this.addresseeEnd(pos, end);
    if (colon < 0 || pageLabel(text, pos, colon)) return undefined;
    if (SALUTATION.test(text.slice(pos, colon))) return { kind: 'salutation', end: colon };
    if (isUnitName(text, pos, colon - 1) || /[、，,]/.test(text.slice(pos, colon))) return { kind: 'addressee', end: colon };
    return undefined;
  }

  /**
   * Chrome spans from `pos` with a title after them on the line (`当前位置：首页 > … 浏览次数：128 关于…的公告`): read span
   * by span. After a label with words for its value (`标题: 平潭…党工委 平潭…的通知`) the rest is that value, spaces and all.
   */
  private titleRunsIn(pos: number, end: number): boolean {
    const text = this.text;
    let q = pos;
    let last = pos;
    for (let span = chromeSpanAt(text, q, end); span; span = chromeSpanAt(text, q, end)) {
      last = q;
      q = skipInlineSpace(text, span.end, end);
    }
    if (q === pos) return false;
    // The document goes on with its title, or — a text without a title line — its Markdown heading or its 主送 or salutation.
    const title = end - q >= MIN_TITLE && withoutSentencePunctuation(text, q, end) && this.titleEnding(q, end);
    if (!title && text.charCodeAt(q) !== 0x23 && !this.addresseeAt(q, end)) return false;
    return !/[：:][ \u3000]*[^0-9\s]/.test(text.slice(last, q));
  }

  /**
   * End of the header's title where the text at `pos` repeats it (white space and punctuation aside:
   * `关于废止 《…》` is `关于废止《…》`), whatever follows it (`…工作计划2022年是…`), or -1.
   */
  private headerTitleAt(pos: number, end: number): number {
    const text = this.text;
    const key = this.headerTitle!;
    let k = 0;
    let i = pos;
    for (; i < end && k < key.length; i++) {
      const c = text[i];
      if (!/[\p{L}\p{N}]/u.test(c)) continue;
      if (titleKey(c) !== key[k]) return -1;
      k++;
    }
    return k === key.length && key.length >= MIN_TITLE ? i : -1;
  }

  /**
   * End of the title of a line carrying more than the title: its 文号 in brackets (`…的通知（某政办发〔2023〕12号）`), the
   * site's part of a browser's title (`…的通知_某某市人民政府门户网站`, `…的通知-政策文件-某某县人民政府`), or both. The
   * title ends before its 文号, which is an element of its own; the site's part is a chrome span (`siteSuffixStart`). -1 if
   * the line is none of these.
   */
  private titleBeforeSiteSuffix(pos: number, end: number): number {
    const text = this.text;
    const suffix = siteSuffixStart(text, pos + MIN_TITLE, end);
    const e = suffix < 0 ? end : trimEndOf(text, pos, suffix);
    if (e - pos < 8 || !withoutSentencePunctuation(text, pos, e) || /[：:|｜]/.test(text.slice(pos, e))) return -1;
    const head = text.slice(pos, e);
    const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
    if (open >= MIN_TITLE && sticky(DOC_NUMBER, text, pos + open, e) === e) {
      const titleEnd = trimEndOf(text, pos, pos + open);
      return this.titleEnding(pos, titleEnd) ? titleEnd : -1;
    }
    return suffix >= 0 && this.titleEnding(pos, e) ? e : -1;
  }

  /** The date right after an office's name starting at `pos` (`示例市人民政府办公室　2024年3月8日`), or undefined. */
  private dateAfterName(pos: number, end: number): WrittenDate | undefined {
    const text = this.text;
    let i = pos;
    while (i < end && i - pos <= 40 && isHanCode(text.charCodeAt(i)) && !dateAt(text, i, end)) i++;
    const date = dateAt(text, skipInlineSpace(text, i, end), end);
    return date?.year !== undefined && isUnitName(text, pos, i) ? date : undefined;
  }

  /** Is paragraph `pi` a salutation (`各位代表：`)? */
  private salutationAt(pi: number): boolean {
    const p = this.paragraphs[pi];
    return p !== undefined && p.end - p.start <= 30 && SALUTATION.test(this.text.slice(p.start, p.end));
  }

  /** End of the title starting at `pos`, or -1. */
  private titleAt(items: readonly HeadItem[], pos: number, end: number, wholeLine: boolean, pi: number): number {
    let whole = wholeLine;
    const text = this.text;
    const length = end - pos;
    // `政府工作报告——2024年3月5日在…会议上国务院总理 李强`: a title block run into one line is read span by span.
    if (end - pos <= 100 && text.slice(pos + 2, end).includes('——')) whole = false;
    // A title holds no label (`公文种类：通知`, `[ 发布时间：… ]`, `【效力级别】…`) and no bar of links.
    if (whole && length >= 2 && length <= 100 && withoutSentencePunctuation(text, pos, end) && countHan(text, pos, end) >= 2 &&
      !dateAt(text, pos, end) && !/[：|｜]|:(?![0-9])|^【[^】]{1,8}】./.test(text.slice(pos, end))) {
      const strong = length >= MIN_TITLE && this.titleEnding(pos, end);
      // A line that ends nowhere near a genre word is a title only when nothing better follows (decided by its neighbours).
      // Right after chrome, a short line without a genre word is the page's (a column name, a label's value).
      const afterChrome = items.length > 0 && (items[items.length - 1].kind === 'chrome' || items[items.length - 1].kind === 'weak');
      if (strong || length > 12 || (!afterChrome && (!items.some((i) => i.kind === 'chrome') || this.nextIsTitleBlock(pi)))) return end;
      // A title's first line (`某某市人民政府关于印发` / `…方案的通知`), also right after chrome.
      const next = this.paragraphs[pi + 1];
      if (text.slice(pos, end).includes('关于') && next && this.titleShaped(next.start, next.end)) return end;
      return -1;
    }
    // Inside a run-together line: up to a genre word at bracket depth 0, before any sentence mark.
    const limit = Math.min(end, pos + 160);
    let depth = 0;
    const about = text.slice(pos, Math.min(limit, pos + 80)).indexOf('关于');
    for (let i = pos; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x300a || c === 0x3008) depth++;
      else if ((c === 0x300b || c === 0x3009) && depth > 0) depth--;
      else if (depth === 0 && (SENTENCE_END_MARK[c] === 1 || c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a)) return -1;
      if (depth !== 0 || i + 1 - pos < MIN_TITLE || !genreEndsAt(text, pos, i + 1)) continue;
      let e = i + 1;
      const before = text.charCodeAt(i + 1 - genreLength(text, pos, i + 1) - 1);
      const next = text.charCodeAt(e);
      const boundary = e >= end || isWhitespaceCode(next) || next === 0x2014 || next === 0xff0d || dateAt(text, e, end) !== undefined ||
        sticky(DRAFT_STATUS, text, e, end) > 0 || sticky(TITLE_TAIL, text, e, end) > 0 || this.markerLike(e, end);
      // With 关于 the title ends at `的` + genre (`关于…的通知`, `…》的函`); without, at a boundary after the genre word.
      if (about >= 0 && pos + about < i ? before !== 0x7684 : !boundary) continue;
      let t: number;
      while ((t = sticky(TITLE_TAIL, text, e, end)) > 0) e = t;
      return e;
    }
    return -1;
  }

  /** A heading marker (一、 （一） 1. 第一章) starts at `pos`. */
  private markerLike(pos: number, end: number): boolean {
    return /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章条部节]|[0-9]{1,2}[.．、](?![0-9]))/.test(this.text.slice(pos, Math.min(end, pos + 8)));
  }

  private titleEnding(pos: number, end: number): boolean {
    let e = end;
    // `…办法（试行）`, `…计划（2021—2023年）`.
    for (let s = pos; s < e; s++) {
      if (sticky(TITLE_TAIL, this.text, s, e) === e || sticky(DRAFT_STATUS, this.text, s, e) === e) {
        e = s;
        break;
      }
    }
    return genreEndsAt(this.text, pos, trimEndOf(this.text, pos, e));
  }

  /** The next paragraph is a subtitle, a meeting or date line, or a speaker: what follows a title. */
  private nextIsTitleBlock(pi: number): boolean {
    const next = this.paragraphs[pi + 1];
    if (!next) return false;
    const t = this.text;
    return sticky(SUBTITLE_START, t, next.start, next.end) > 0 || this.meetingLine(next.start, next.end, true) > 0 || SALUTATION.test(t.slice(next.start, next.end));
  }

  /** A two-line title: the first line ends in `的` or without a genre word, and the next line is short and unpunctuated. */
  private titleContinues(title: HeadItem, pos: number, end: number): boolean {
    const text = this.text;
    const length = end - pos;
    if (length > 60 || !withoutSentencePunctuation(text, pos, end) || countHan(text, pos, end) < 1) return false;
    if (title.end - title.start + length > 120 || this.titleEnding(title.start, title.end) && !/的$/.test(text.slice(title.start, title.end))) return false;
    if (this.meetingLine(pos, end, true) > 0 || sticky(SUBTITLE_START, text, pos, end) > 0 || dateAt(text, pos, end)) return false;
    if (sticky(SPEAKER_SPAN, text, pos, end) === end) return false;
    return /的$/.test(text.slice(title.start, title.end)) || this.titleEnding(pos, end) || length >= 6;
  }

  /** End of a meeting or date line at `pos`, or -1. */
  private meetingLine(pos: number, end: number, whole: boolean): number {
    const text = this.text;
    const c = text.charCodeAt(pos);
    if (c === 0xff08 || c === 0x28) {
      const close = c === 0xff08 ? '）' : ')';
      const found = text.slice(pos, Math.min(end, pos + 81)).indexOf(close);
      if (found < 0) return -1;
      const e = pos + found;
      const inner = text.slice(pos + 1, e);
      if (/[0-9０-９〇○零一二三四五六七八九]{4}年/.test(inner) && !/[。；]/.test(inner)) return e + 1;
      return -1;
    }
    const d = dateAt(text, pos, end);
    if (!d || d.year === undefined) return -1;
    const rest = skipInlineSpace(text, d.end, end);
    if (rest >= end) return whole ? end : d.end;
    // A regulation's adoption or publication line.
    if (whole && end - pos <= 80 && ADOPTION_TAIL.test(text.slice(rest, end)) && withoutSentencePunctuation(text, rest, end)) return end;
    // A date run into the text that follows it (`…的讲话二〇二二年九月二十三日在党的…`).
    if (!whole && d.style === 'chinese') return d.end;
    return -1;
  }

  /** End (after the colon) of a 主送 or salutation starting at `pos`, or -1. */
  private addresseeEnd(pos: number, end: number): number {
    const text = this.text;
    const limit = Math.min(end, pos + MAX_HEAD_LINE);
    let semicolon = false;
    for (let i = pos; i < limit; i++) {
      const c = text.charCodeAt(i);
      // `各处室；各办事处：`: a semicolon between addressees is a wrong separator, not a sentence's end.
      if (c === 0xff1b || c === 0x3b) semicolon = true;
      else if (SENTENCE_END_MARK[c] === 1) return -1;
      if (c === 0xff1a || c === 0x3a) {
        if (i === pos) return -1;
        // `12:30` is a time, not the end of a salutation.
        if (c === 0x3a && /[0-9]/.test(text[i - 1]) && /[0-9]/.test(text[i + 1] ?? '')) return -1;
        return semicolon && agencyCount(text, pos, i) === 0 ? -1 : i + 1;
      }
    }
    return -1;
  }

  /**
   * A 主送 the colon test misses, in the line or lines right under the title block: agencies only, the
   * last line ending in a wrong mark (`，` `；` `。` `、`) or none, wrapped over up to four lines (each
   * but the last ending in a separator, the last may end in `：`). It must be unambiguous: several
   * agencies, a wrong mark at the end or a name starting with `各` (one name alone, `某某县人民政府`, is
   * an author line as well), and body text after it. Its end, or -1.
   */
  private addresseeLines(pi: number): number {
    const text = this.text;
    const ps = this.paragraphs;
    let agencies = 0;
    for (let k = pi; k < ps.length && k < pi + 4; k++) {
      const p = ps[k];
      if (p.end - p.start > 200 || this.input.markers[k]) return -1;
      const last = text.charCodeAt(p.end - 1);
      const colon = last === 0xff1a || last === 0x3a;
      const mark = !colon && ADDRESSEE_WRONG_END[last] === 1;
      const n = agencyCount(text, p.start, withoutEndMark(text, p.start, p.end));
      if (n === 0) return -1;
      agencies += n;
      // A line ending in a colon is the colon test's (a wrapped 主送 ends here).
      if (colon) return k > pi ? p.end : -1;
      const next = ps[k + 1];
      if (!next) return -1;
      // Wrapped: this line ends in a separator and the next one lists agencies too.
      if ((last === 0xff0c || last === 0x2c || last === 0x3001) && next.end - next.start <= 200 && agencyCount(text, next.start, withoutEndMark(text, next.start, next.end)) > 0 && k + 1 < pi + 4) continue;
      const unambiguous = agencies > 1 || mark || text.charCodeAt(skipInlineSpace(text, ps[pi].start, ps[pi].end)) === 0x5404; // 各
      // What follows is the body: not the title block going on (a date, a subtitle, a speaker under a title).
      const body = !this.input.markdownLevels[k + 1] && this.meetingLine(next.start, next.end, true) < 0 && sticky(SUBTITLE_START, text, next.start, next.end) < 0;
      return unambiguous && body ? p.end : -1;
    }
    return -1;
  }

  // ---- tail ----------------------------------------------------------------------------------

  /** Start of the chrome after the document (text length when there is none). */
  private trailingResidue(floor: number): number {
    const text = this.text;
    const ps = this.paragraphs;
    // Backwards from the end (collected in reverse, turned round once): strong lines and the lines a block
    // grows over, until a sentence, a heading or a line of the document's end (a date, a closing formula,
    // a seal, an attachment label, the 版记) stops it.
    const reversed: TailLine[] = [];
    const pageLines = new Set(this.input.pageNumbers.filter((r) => r.alone).map((r) => r.start));
    for (let i = ps.length - 1; i >= 0 && ps[i].end > floor && reversed.length < MAX_TAIL_LINES; i--) {
      const p = ps[i];
      // A page line (`- 12 -`) is reported as a page number: the block reads past it.
      if (pageLines.has(p.start)) continue;
      // A line of chrome spans (`【打印本页】 扫一扫在手机打开`) is a strong line; spans at the end of a line the page
      // ran together (`…2024年3月12日 【打印本页】`) end the block there.
      const spans: { start: number; end: number; chrome?: ChromeLine }[] = [];
      // The line the document's head ends in (a one-line text) is read for spans only.
      const whole = p.start >= floor;
      // An address or a picture the document's line above announces (`…网址报名：` / `https://…`) is the document's.
      if (whole && i > 0 && this.announcedLine(i)) break;
      const chrome = (whole ? chromeLine(text, p.start, p.end) : undefined) ?? (this.trailingSpans(p, floor, spans) === p.start ? spans[0].chrome : undefined);
      const shape = chrome ? 'strong' : spans.length === 0 && whole ? this.tailShape(i) : undefined;
      if (shape) {
        reversed.push({ start: p.start, end: p.end, shape, ...(chrome ? { chrome } : {}) });
        continue;
      }
      reversed.push(...spans.reverse().map((b) => ({ ...b, shape: 'strong' as const })));
      break;
    }
    const lines = reversed.reverse();
    // The block is what lies below its topmost strong line: short lines between strong ones are the widget's
    // (a list of related links, a footer's address), but no more than a few longer lines in a row.
    let top = -1;
    let loose = 0;
    for (let j = lines.length - 1; j >= 0; j--) {
      const line = lines[j];
      if (line.shape === 'strong') {
        // Under a list's label at the end (`相关文件：`), every line without a sentence is the list's.
        if (loose > MAX_LOOSE_RUN && !(top < 0 && (listLabelLine(text, line.start, line.end) || /[：:]$/.test(text.slice(line.start, line.end))))) break;
        top = j;
        loose = 0;
      } else if (line.shape === 'loose') loose++;
    }
    if (top < 0) return text.length;
    // Above it a widget's debris (`】`, `▼`, `在手机上查看`) and one short line standing alone between the document and
    // the block (a credit line, `吴帅张宁李翔`); a label (`联系人：…`), a 署名 and a run of short lines (a list's last
    // names) are the document's.
    while (top > 0 && lines[top - 1].shape === 'weak' && widgetDebrisLine(text, lines[top - 1].start, lines[top - 1].end)) top--;
    const above = lines[top - 1];
    const alone = top < 2 || (lines[top - 2].shape !== 'weak' && lines[top - 2].shape !== 'label');
    if (above && above.shape === 'weak' && alone && !isUnitName(text, above.start, above.end)) top--;
    this.chromeBlock(lines.slice(top), 'trailing-residue');
    return Math.max(floor, lines[top].start);
  }

  /** Paragraph `pi` is an address or a picture under a line of the document ending in a colon (`报名流程见下图：`). */
  private announcedLine(pi: number): boolean {
    const text = this.text;
    const { start, end } = this.paragraphs[pi];
    const above = this.paragraphs[pi - 1];
    return addressOrPictureLine(text, start, end) && /[：:]$/.test(text.slice(above.start, above.end)) && !chromeLine(text, above.start, above.end);
  }

  /** How a line at the end of the text may belong to a chrome block below it, or undefined where the document's end stops the block. */
  private tailShape(pi: number): TailLine['shape'] | undefined {
    const text = this.text;
    const { start, end } = this.paragraphs[pi];
    if (this.input.markers[pi] || this.documentEndLine(start, end)) return undefined;
    if (weakChromeLine(text, start, end)) return labelLine(text, start, end) ? 'label' : 'weak';
    if (end - start <= 100 && withoutSentencePunctuation(text, start, end)) return 'loose';
    // A short question alone on its line (`社保卡如何办理？`): an item of a list of suggested questions, between strong lines only.
    return end - start <= 30 && QUESTION_END.has(text.charCodeAt(end - 1)) && withoutSentencePunctuation(text, start, end - 1) ? 'loose' : undefined;
  }

  /** Chrome spans at the end of a run-together paragraph, pushed (front) onto `block`; their start. */
  private trailingSpans(p: Paragraph, floor: number, block: { start: number; end: number; chrome?: ChromeLine }[]): number {
    const text = this.text;
    // Token starts, backwards, over the last 600 characters.
    const tokens: number[] = [];
    const from = Math.max(p.start, floor, p.end - 600);
    for (let i = p.end - 1; i >= from; i--) {
      if ((i === p.start || isWhitespaceCode(text.charCodeAt(i - 1))) && !isWhitespaceCode(text.charCodeAt(i))) tokens.push(i);
    }
    let covered = p.end;
    const found: { start: number; end: number; chrome?: ChromeLine }[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      const m = chromeSpanAt(text, t, p.end);
      if (m && skipInlineSpace(text, m.end, p.end) >= covered) {
        found.unshift({ start: t, end: m.end, chrome: m.line });
        covered = t;
        continue;
      }
      // `时间：2023-03-30 15:53`: a span of two tokens is tried from the earlier one.
      const earlier = tokens[k + 1];
      if (earlier !== undefined) {
        const m2 = chromeSpanAt(text, earlier, p.end);
        if (m2 && skipInlineSpace(text, m2.end, p.end) >= covered) {
          found.unshift({ start: earlier, end: m2.end, chrome: m2.line });
          covered = earlier;
          k++;
          continue;
        }
      }
      break;
    }
    block.unshift(...found);
    return covered;
  }

  /** A line of the document's end no chrome block reaches over: a date, a closing formula, a seal, a clerk, an attachment label, the 版记, a table's delimiter row. */
  private documentEndLine(start: number, end: number): boolean {
    const text = this.text;
    if (dateAt(text, start, end) || CLOSING.test(text.slice(start, end))) return true;
    if (sticky(ATTACHMENT_LABEL, text, start, end) > 0 || sticky(COPY_TO, text, start, end) > 0 || this.printLineEndingAt(start, trimEndOf(text, start, end)) !== undefined) return true;
    const line = text.slice(start, end);
    return SEAL.test(line) || ROLE_NAME.test(line) || /……|\.{3}/.test(line) || TABLE_DELIMITER.test(line);
  }

  /** Start of the 版记 (抄送, 印发 line) before `end`, or `end`. */
  private imprint(floor: number, end: number): number {
    const text = this.text;
    const ps = this.paragraphs;
    let i = this.paragraphAt(Math.max(0, end - 1));
    if (ps[i].start >= end) i--;
    let start = end;
    // One element per line.
    while (i >= 0 && ps[i].start >= floor) {
      const p = ps[i];
      const lineEnd = Math.min(p.end, end);
      if (lineEnd - p.start > 300) break;
      const kind = this.imprintLine(p.start, lineEnd) ?? (i > 0 && this.printLineWithoutWord(p.start, lineEnd, ps[i - 1]) ? 'print-line' : undefined);
      if (!kind) break;
      this.element(kind, p.start, lineEnd);
      start = p.start;
      i--;
    }
    if (start < end) return start;
    // A run-together line: `…(此件发至县团级)中共中央办公厅秘书局2020年12月19日印发中共山东省委办公厅2020年12月22日翻印`.
    const p = ps[this.paragraphAt(Math.max(0, end - 1))];
    if (!p) return end;
    const lineEnd = trimEndOf(text, p.start, Math.min(p.end, end));
    let cursor = lineEnd;
    const found: { kind: FrameElementKind; start: number; end: number }[] = [];
    for (;;) {
      const print = this.printLineEndingAt(Math.max(p.start, floor), cursor);
      if (print) {
        found.unshift({ kind: 'print-line', start: print, end: cursor });
        cursor = print;
        continue;
      }
      break;
    }
    // `分发：…。` / `抄送：…。` runs to the end (or to the print lines).
    const window = Math.max(p.start, floor, cursor - 600);
    // Searched in the window only: a search back from the end would read the whole text.
    const tail = text.slice(window, cursor);
    for (const word of ['抄送', '分发', '分送']) {
      const index = tail.lastIndexOf(word);
      const at = window + index;
      // After a sentence end, a bracket, or the 落款's date (`…2024年1月5日抄送：…`).
      if (index >= 0 && (text[at + 2] === '：' || text[at + 2] === ':') && (BOUNDARY_BEFORE[text.charCodeAt(at - 1)] === 1 || dateEndingAt(text, at - 1, Math.max(p.start, at - 20)))) {
        // `抄送：…。某某办公室2024年1月5日`: a print line without its 印发 after the 抄送's full stop.
        const print = found.length === 0 ? this.unitDateEndingAt(at + 3, cursor) : undefined;
        if (print !== undefined && text.charCodeAt(print - 1) === 0x3002) {
          found.unshift({ kind: 'print-line', start: print, end: cursor });
          cursor = print;
        }
        found.unshift({ kind: 'copy-to', start: at, end: cursor });
        cursor = at;
        break;
      }
    }
    for (const f of found) this.element(f.kind, f.start, f.end);
    return found.length > 0 ? cursor : end;
  }

  private imprintLine(start: number, end: number): FrameElementKind | undefined {
    const text = this.text;
    if (sticky(COPY_TO, text, start, end) > 0) return 'copy-to';
    if (/^[（(]共印[0-9０-９]+份[）)]$/.test(text.slice(start, end))) return 'print-line';
    const last = trimEndOf(text, start, end);
    if (this.printLineEndingAt(start, last) === start) return 'print-line';
    return undefined;
  }

  /**
   * Start of a print line `XX办公室 2024年1月5日印发` ending at `end`, or undefined. Without its date
   * (`XX办公室印发`, element-imprint reports it) the office's name must stand alone: from the line's start
   * or after a sentence end, never the end of a sentence (`…已由市政府办公室印发`).
   */
  private printLineEndingAt(floor: number, end: number): number | undefined {
    const text = this.text;
    for (const word of ['印发', '翻印', '印制']) {
      if (text.slice(end - 2, end) !== word) continue;
      let d = end - 2;
      while (d > floor && isWhitespaceCode(text.charCodeAt(d - 1))) d--;
      const date = dateEndingAt(text, d - 1, Math.max(floor, d - 20));
      if (date) return this.issuerBefore(date.start, floor) ?? date.start;
      const issuer = this.issuerBefore(d, floor);
      return issuer !== undefined && (issuer === floor || BOUNDARY_BEFORE[text.charCodeAt(issuer - 1)] === 1) ? issuer : undefined;
    }
    return undefined;
  }

  /**
   * A print line without its `印发` (`XX办公室　2024年1月5日`) right under the 抄送 line: there it is the
   * 版记's, not a 落款 (a 落款 never follows the 抄送).
   */
  private printLineWithoutWord(start: number, end: number, above: Paragraph): boolean {
    return sticky(COPY_TO, this.text, above.start, above.end) > 0 && this.unitDateEndingAt(start, trimEndOf(this.text, start, end)) === start;
  }

  /** Start of an office's name and a date that end exactly at `end` (`XX办公室　2024年1月5日`), or undefined. */
  private unitDateEndingAt(floor: number, end: number): number | undefined {
    const date = dateEndingAt(this.text, end - 1, Math.max(floor, end - 20));
    return date && date.end === end && date.year !== undefined ? this.issuerBefore(date.start, floor) : undefined;
  }

  /** Start of an issuer's name right before `pos` (spaces between allowed), or undefined. */
  private issuerBefore(pos: number, floor: number): number | undefined {
    const text = this.text;
    let e = pos;
    while (e > floor && isWhitespaceCode(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > floor && e - s < 60) {
      const c = text.charCodeAt(s - 1);
      if (isHanCode(c) || c === 0xb7 || ((c === 0x20 || c === 0x3000) && isHanCode(text.charCodeAt(s - 2)))) s--;
      else break;
    }
    if (s === e) return undefined;
    const run = text.slice(s, e);
    let cut = 0;
    ISSUER_CUT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ISSUER_CUT.exec(run))) cut = m.index + m[0].length;
    s += cut;
    while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
    // Joint issuers are names separated by spaces, each one a name (`年 月 日 平潭…办公室` is a form's blank, then one name).
    let first = e;
    for (let q = e; q > s;) {
      let r = q;
      while (r > s && !isWhitespaceCode(text.charCodeAt(r - 1))) r--;
      if (q - r < 2 || !isUnitName(text, r, q)) break;
      first = r;
      q = r;
      while (q > s && isWhitespaceCode(text.charCodeAt(q - 1))) q--;
    }
    return first < e ? first : undefined;
  }

  /**
   * Clutter between paragraphs of the body and the attachments (a toolbar, an ad slot, a repost notice):
   * chrome elements, the zone stays what it is. Label lines and timestamps there are content.
   */
  private interiorChrome(floor: number, end: number): void {
    const text = this.text;
    const ps = this.paragraphs;
    let block: { start: number; end: number; chrome?: ChromeLine }[] = [];
    const flush = () => {
      if (block.length > 0) this.element('chrome', block[0].start, block[block.length - 1].end, { chrome: block.find((b) => b.chrome)!.chrome!.kind });
      block = [];
    };
    for (let i = this.paragraphAt(floor); i < ps.length && ps[i].start < end; i++) {
      const p = ps[i];
      const chrome = p.start >= floor && !this.input.markers[i] ? interiorChromeLine(text, p.start, p.end) : undefined;
      if (chrome) block.push({ start: p.start, end: p.end, chrome });
      else {
        flush();
        // A forum's anti-copy junk run on to a line of the document: the junk alone is chrome.
        const jammer = p.start >= floor ? jammerSpan(text, p.start, p.end) : undefined;
        if (jammer) this.element('chrome', jammer.start, jammer.end, { chrome: 'navigation' });
      }
    }
    flush();
  }

  // ---- attachments -----------------------------------------------------------------------------

  /** `附件N` labels opening attachment parts, in text order. */
  private attachmentLabels(floor: number, end: number): { start: number; end: number; number?: number }[] {
    const text = this.text;
    const result: { start: number; end: number; number?: number }[] = [];
    const table = this.input.occurrences.of('附件');
    const ps = table.all;
    let listSeen = false;
    /** The first words after the 附件说明's `附件：` (a single attachment's title). */
    let listText = '';
    for (let i = table.firstIndex(floor); i < ps.length && ps[i] < end; i++) {
      const at = ps[i];
      const para = this.paragraphs[this.paragraphAt(at)];
      const lineStart = skipInlineSpace(text, para.start, para.end) === at || para.start === at;
      ATTACHMENT_LABEL.lastIndex = at;
      const m = ATTACHMENT_LABEL.exec(text);
      if (!m) continue;
      const number = m[1] ? parseInt(m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10) : undefined;
      let labelEnd = at + m[0].length;
      const next = text.charCodeAt(labelEnd);
      const colon = next === 0xff1a || next === 0x3a;
      if (lineStart) {
        const lineText = text.slice(labelEnd + (colon ? 1 : 0), para.end);
        // `附件1中的数据…` is a sentence about an attachment; `附件3平潭…审批表 申请单位…` opens one, run on with its text.
        if (number !== undefined ? /^(?:[的所是为，、和及与至]|中[的所提列规])/.test(lineText) : /[。；！？]/.test(lineText) && lineText.length > 60) continue;
        // `附件：1.…` / `附件：名单` is the 附件说明 until one has been seen; `附件1` / `附件` alone opens a part.
        if (colon && number === undefined && !listSeen) {
          listSeen = true;
          continue;
        }
        if (colon && number !== undefined && /^[ \u3000]*[0-9０-９]{1,2}[.．、]/.test(lineText) && !listSeen) {
          listSeen = true;
          continue;
        }
        if (colon) labelEnd++;
        result.push({ start: at, end: labelEnd, ...(number !== undefined ? { number } : {}) });
        continue;
      }
      // Inside a run-together line: after a sentence end, a bracket or a date; a later label continues the count.
      if (number === undefined) {
        if (colon) listSeen = true;
        // `…2023年6月1日(此件公开发布)附件防汛值班表…`: `附件` alone after the 落款 or the 附注, or followed by the
        // title the 附件说明 gave (`附件：考评指标…附件考评指标一、…`).
        else if (listSeen && !/^[、，和及与]/.test(text.slice(labelEnd, labelEnd + 1)) &&
          (text.charCodeAt(at - 1) === 0xff09 || text.charCodeAt(at - 1) === 0x29 || dateEndingAt(text, at - 1, Math.max(para.start, at - 20)) ||
            (listText.length >= 6 && text.startsWith(listText, labelEnd)))) result.push({ start: at, end: labelEnd });
        if (colon && listText === '') listText = text.slice(skipInlineSpace(text, labelEnd + 1, para.end), Math.min(para.end, labelEnd + 13));
        continue;
      }
      if (colon && !listSeen && result.length === 0) {
        listSeen = true;
        continue;
      }
      const before = text.charCodeAt(at - 1);
      const previous = result[result.length - 1];
      const after = text.charCodeAt(labelEnd);
      if (after === 0x3001 || after === 0xff0c || after === 0x548c || after === 0x81f3 || after === 0x2d || after === 0x2014 || after === 0xff5e) continue; // 附件1、2 附件1和2 附件1至3
      if (/[见如及和、与（(]$|详见$|参见$/.test(text.slice(at - 2, at))) continue;
      const afterDate = dateEndingAt(text, at - 1, Math.max(para.start, at - 20)) !== undefined;
      const continues = previous?.number !== undefined && number === previous.number + 1;
      // The first part right after its 附件说明 (`…6、查处…操作规程附件1：查处…`).
      const firstAfterList = listSeen && number === 1 && result.length === 0;
      if (BOUNDARY_BEFORE[before] === 1 || afterDate || continues || firstAfterList) {
        if (colon) labelEnd++;
        result.push({ start: at, end: labelEnd, number });
      }
    }
    return result;
  }

  /**
   * The end of a part: 附件说明, 署名, 成文日期, seal and 附注 before `part.end`, and (for the main
   * document) the closing formula. Returns where an enclosed document starts (text after the 落款).
   */
  private partTail(part: Part, main: boolean): number | undefined {
    const text = this.text;
    const signature = this.signatureDate(part);
    let tailStart = part.end;
    let after: number | undefined;
    const extra = part.attachment !== undefined ? { attachment: part.attachment } : undefined;
    if (signature) {
      const issuerStart = signature.issuerStart;
      let sigEnd = signature.date.end;
      // Seal and clerks after the date (`（院印）`, `书记员×××`), then the 附注.
      let cursor = sigEnd;
      for (;;) {
        const pi = this.paragraphAt(cursor);
        const p = this.paragraphs[pi];
        let q = skipInlineSpace(text, cursor, p.end);
        if (q >= p.end) {
          const next = this.paragraphs[pi + 1];
          if (!next || next.start >= part.end) break;
          q = next.start;
        }
        const np = this.paragraphs[this.paragraphAt(q)];
        const seal = sticky(SEAL, text, q, np.end);
        if (seal > 0) {
          this.element('seal', q, seal, extra);
          cursor = sigEnd = seal;
          continue;
        }
        if (q === np.start && ROLE_NAME.test(text.slice(np.start, np.end))) {
          cursor = sigEnd = np.end;
          continue;
        }
        break;
      }
      if (main) this.zone('signature', issuerStart);
      if (issuerStart < signature.date.start) this.element('issuer-signature', issuerStart, trimEndOf(text, issuerStart, signature.date.start), extra);
      this.element('date', signature.date.start, signature.date.end, extra);
      if (main && signature.date.year !== undefined) this.date = signature.date;
      tailStart = issuerStart;
      // 附注 right after.
      let q = this.nextContent(sigEnd, part.end);
      const note = q < part.end ? sticky(NOTE, text, q, part.end) : -1;
      if (note > 0) {
        if (main) this.zone('note', q);
        this.element('note', q, note, extra);
        sigEnd = note;
        q = this.nextContent(note, part.end);
      }
      if (q < part.end) after = q;
    }
    // 附件说明 just before the 落款 (or at the part's end).
    const listStart = this.attachmentListBefore(part, tailStart, main);
    if (listStart !== undefined) tailStart = listStart;
    // Closing formula: the sentence before.
    if (main) {
      const closing = this.closingBefore(part.start, tailStart);
      if (closing) {
        this.zone('closing', closing.start);
        this.element('closing-formula', closing.start, closing.end);
      }
    }
    return after;
  }

  private nextContent(pos: number, limit: number): number {
    const text = this.text;
    let q = pos;
    while (q < limit && (isWhitespaceCode(text.charCodeAt(q)) || text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13)) q++;
    return q;
  }

  /** The 成文日期 of a part and where its 署名 starts: the first date that stands as a 落款. */
  private signatureDate(part: Part): { date: WrittenDate; issuerStart: number } | undefined {
    const text = this.text;
    const table = this.input.occurrences.of('日');
    const ps = table.all;
    for (let i = table.firstIndex(part.start); i < ps.length && ps[i] < part.end; i++) {
      const at = ps[i];
      const pi = this.paragraphAt(at);
      const p = this.paragraphs[pi];
      const date = dateEndingAt(text, at, Math.max(p.start, part.start));
      if (!date) continue;
      const issuer = this.signatureBefore(date, p, pi, part);
      if (issuer !== undefined && this.signatureAfter(date, p, part.end)) return { date, issuerStart: issuer };
    }
    // Court forms: the blank date of a template (`××××年××月××日`) on a line of its own.
    return undefined;
  }

  /** Start of the 署名 before a candidate date (the date's own start without one), or undefined when the date is running text. */
  private signatureBefore(date: WrittenDate, p: Paragraph, pi: number, part: Part): number | undefined {
    const text = this.text;
    let b = date.start;
    while (b > p.start && isWhitespaceCode(text.charCodeAt(b - 1))) b--;
    if (b === p.start) {
      // The date opens its line: the issuer is on the lines above (up to three short lines of names).
      let s = date.start;
      let k = pi - 1;
      while (k >= 0 && pi - k <= 4 && this.paragraphs[k].start >= part.start) {
        const q = this.paragraphs[k];
        const line = text.slice(q.start, q.end);
        if (q.end - q.start <= 40 && withoutSentencePunctuation(text, q.start, q.end) && (isUnitName(text, q.start, q.end) || ROLE_NAME.test(line) || /^[\u4e00-\u9fff]{1,8}[ \u3000]+[\u4e00-\u9fff]{2,4}$/.test(line))) {
          s = q.start;
          k--;
          continue;
        }
        break;
      }
      if (s < date.start) return s;
      // No issuer: the line above must end a sentence (the body's last), never run on into the date.
      const above = this.paragraphs[pi - 1];
      if (!above || above.start < part.start) return undefined;
      const c = text.charCodeAt(above.end - 1);
      return SENTENCE_END_MARK[c] === 1 || c === 0xff09 || c === 0x29 ? date.start : undefined;
    }
    // Inside a line: an issuer's name right before the date, after a sentence end, bracket or space.
    const issuer = this.issuerBefore(date.start, p.start);
    if (issuer === undefined) return undefined;
    const before = text.charCodeAt(issuer - 1);
    if (issuer > p.start && BOUNDARY_BEFORE[before] !== 1 && !isHanCode(before)) return undefined;
    // `根据国务院办公厅2020年…`: a name that a sentence runs into is not a 落款.
    if (/(?:根据|按照|经|由|于|在|对|向|将|与|和|及|据|依据|报|请|的)$/.test(text.slice(Math.max(p.start, issuer - 2), issuer))) return undefined;
    return issuer;
  }

  /** What follows a 落款 date: the line's end, a note, the next document, never a sentence running on. */
  private signatureAfter(date: WrittenDate, p: Paragraph, partEnd: number): boolean {
    const text = this.text;
    // Chrome run into the date's line (`2024年3月12日 【打印本页】`) is the trailing residue's, not what follows the date.
    const q = skipInlineSpace(text, date.end, Math.min(p.end, partEnd));
    if (q >= Math.min(p.end, partEnd)) {
      // A date line: the next line is not a continuation of running text.
      return true;
    }
    const c = text.charCodeAt(q);
    if (c === 0xff08 || c === 0x28) return sticky(NOTE, text, q, p.end) > 0 || sticky(SEAL, text, q, p.end) > 0;
    if (!isHanCode(c)) return false;
    // `2023年3月22日（星期三）`, `…日起施行`, `…日前报送`, `…日印发`: running text or a print line.
    return !/^(?:起|前|后|至|到|以来|以前|以后|止|印发|翻印|印制|印|召开|开始|举行|发布|公布|施行|通过|上午|下午|晚|凌晨|零时|24时|当天|的|期间|之前|之后|举办|在|是|为|由|经|，|、)/.test(text.slice(q, q + 4));
  }

  /** The 附件说明 before `end` in a part: `附件：1.…` lines or a run-together `附件:1.…2.…`. Its start. */
  private attachmentListBefore(part: Part, end: number, main: boolean): number | undefined {
    const text = this.text;
    const window = Math.max(part.contentStart ?? part.start, end - 800);
    const table = this.input.occurrences.of('附件');
    const ps = table.all;
    let at = -1;
    for (let i = table.firstIndex(window); i < ps.length && ps[i] < end; i++) {
      const c = text.charCodeAt(ps[i] + 2);
      if (c === 0xff1a || c === 0x3a) at = ps[i];
    }
    if (at < 0) return undefined;
    // Nothing but the list between it and the 落款: no sentence of the body after it.
    const listEnd = trimEndOf(text, at, end);
    const body = text.slice(at + 3, listEnd);
    const pi = this.paragraphAt(at);
    const lineStart = this.paragraphs[pi].start === at;
    if (!lineStart && !(BOUNDARY_BEFORE[text.charCodeAt(at - 1)] === 1 || /[0-9０-９X×a-zA-Z]/.test(text[at - 1]))) return undefined;
    if (/[。；！？]/.test(body.replace(/[。．]$/gm, '')) && body.length > 400) return undefined;
    const extra = part.attachment !== undefined ? { attachment: part.attachment } : undefined;
    if (main) this.zone('attachment-list', at);
    this.element('attachment-list', at, listEnd, extra);
    this.listItems(at + 3, listEnd);
    return at;
  }

  /** Items of a 附件说明 `[from, end)`: `1.…2.…` (run together or one per line), or one unnumbered title. */
  private listItems(from: number, end: number): void {
    const text = this.text;
    const starts: { at: number; number: number; titleStart: number; marker?: Marker }[] = [];
    let expected = 1;
    for (let p = skipInlineSpace(text, from, end); p < end; p++) {
      LIST_ITEM.lastIndex = p;
      const m = LIST_ITEM.exec(text);
      if (!m) continue;
      const n = parseInt(m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)), 10);
      // An item number continues the count (glued to the previous title's last digit is fine: `…名单2.中共…`).
      if (n !== expected || (n === 1 && p !== skipSpacesAndBreaks(text, from, end))) continue;
      if (n > 1 && m[1].length > 1 && /[0-9]/.test(text[p - 1])) continue;
      starts.push({ at: p, number: n, titleStart: p + m[0].length, marker: matchMarker(text, p, end) });
      expected++;
      p += m[0].length - 1;
    }
    const push = (start: number, titleStart: number, e: number, number?: number, marker?: Marker) => {
      let te = trimEndOf(text, titleStart, e);
      while (te > titleStart && /[。；，,;.．\s]/.test(text[te - 1])) te--;
      if (te <= titleStart) return;
      this.attachmentList.push({ ...(number !== undefined ? { number } : {}), ...(marker?.scheme === 'arabic' ? { marker } : {}), title: oneLine(text.slice(titleStart, te)), start, end: te, titleStart, titleEnd: te });
    };
    if (starts.length === 0) {
      const s = skipSpacesAndBreaks(text, from, end);
      push(s, s, end);
      return;
    }
    for (let i = 0; i < starts.length; i++) push(starts[i].at, starts[i].titleStart, i + 1 < starts.length ? starts[i + 1].at : end, starts[i].number, starts[i].marker);
  }

  /** A closing formula (`特此通知。`) ending right before `end`: the last sentence or line. */
  private closingBefore(floor: number, end: number): { start: number; end: number } | undefined {
    const text = this.text;
    const e = trimEndOf(text, floor, end);
    if (e <= floor) return undefined;
    let s = e - 1;
    // Back to the previous sentence end or line start.
    while (s > floor && e - s < 30) {
      const c = text.charCodeAt(s - 1);
      if (c === 10 || c === 13 || SENTENCE_END_MARK[c] === 1 || c === 0x20 || c === 0x3000) break;
      s--;
    }
    while (s < e && isWhitespaceCode(text.charCodeAt(s))) s++;
    return CLOSING.test(text.slice(s, e)) ? { start: s, end: e } : undefined;
  }

  /**
   * Documents a notice or decree encloses after its 落款 (`关于印发《…方案》的通知` → the 方案). A notice that
   * encloses two prints them one after the other: a title line of its own (ending in a genre word) whose
   * next line opens the numbering again (`一、`, `第一章`) starts the next one.
   */
  private enclosedParts(start: number, end: number): { start: number; end: number }[] {
    const text = this.text;
    if (trimEndOf(text, start, end) - start < 20) return [];
    const starts = [start];
    const ps = this.paragraphs;
    for (let i = this.paragraphAt(start) + 1; i + 1 < ps.length && ps[i + 1].start < end; i++) {
      const p = ps[i];
      if (p.start <= start || this.input.markers[i] || p.end - p.start > 60 || p.end - p.start < MIN_TITLE) continue;
      if (!withoutSentencePunctuation(text, p.start, p.end) || !this.titleEnding(p.start, p.end)) continue;
      // The first heading within the next lines (a preamble may stand before it) is a first one.
      let next: Marker | undefined;
      for (let k = i + 1; k <= i + 3 && k < ps.length && ps[k].start < end && !next; k++) next = this.input.markers[k];
      const before = text.charCodeAt(ps[i - 1].end - 1);
      if (next && next.value === 1 && (next.scheme === 'chinese' || next.scheme === 'chapter' || next.scheme === 'part') && (SENTENCE_END_MARK[before] === 1 || before === 0xff09 || before === 0x29)) starts.push(p.start);
    }
    return starts.map((s, k) => ({ start: s, end: k + 1 < starts.length ? starts[k + 1] : end }));
  }

  /**
   * Where a document printed right after the sentence that encloses it starts (`现将讲话印发，请…落实。`,
   * `现将《…方案》印发给你们，…。` followed by the document's title, not by a 落款): its title must be
   * the one the sentence names (the 《…》 it quotes, or a title ending in the genre word it names), read
   * in the first paragraphs of the body only. Undefined where there is none.
   */
  private prefacedDocument(start: number, end: number): number | undefined {
    const text = this.text;
    const table = this.input.occurrences.of('现将');
    const limit = Math.min(end, start + PREFACE_WINDOW);
    for (let i = table.firstIndex(start); i < table.all.length && table.all[i] < limit; i++) {
      const at = table.all[i];
      PREFACE.lastIndex = at;
      const m = PREFACE.exec(text);
      if (!m) continue;
      // The enclosing sentence ends at its full stop; the document's title follows it.
      const sentenceEnd = at + m[0].length;
      const q = skipSpacesAndBreaks(text, sentenceEnd, end);
      if (q >= end) return undefined;
      const pi = this.paragraphAt(q);
      const lineEnd = Math.min(this.paragraphs[pi].end, end);
      // Not the 附件说明 (`附件：1.名单`) a notice lists before its 落款.
      if (sticky(ATTACHMENT_LABEL, text, q, lineEnd) > 0) continue;
      const title = this.partTitle(q, lineEnd);
      if (!title || title.end - title.start < MIN_TITLE || !this.titleEnding(title.start, title.end)) continue;
      const named = m[1] ?? m[2];
      const titleText = text.slice(title.start, title.end);
      if (/[：:]/.test(titleText)) continue;
      if (m[1] !== undefined ? titleKey(titleText).startsWith(titleKey(named)) : GENRE_END.exec(titleText.replace(/[（(][^（）()]*[）)]$/, ''))?.[0] === named) return q;
    }
    return undefined;
  }

  private addPart(part: { start: number; end: number; label?: { start: number; end: number; number?: number } }): void {
    const text = this.text;
    const index = this.attachments.length;
    this.zone('attachment', part.start, index);
    let titleStart: number;
    if (part.label) {
      this.element('attachment-label', part.label.start, part.label.end, { attachment: index });
      titleStart = skipSpacesAndBreaks(text, part.label.end, part.end);
    } else titleStart = part.start;
    const title = this.listedTitle(titleStart, part.end, part.label?.number) ?? this.partTitle(titleStart, part.end);
    if (title) this.element('attachment-title', title.start, title.end, { attachment: index });
    // A speech or report printed as an attachment keeps its date line under its title (`…的讲话（2022年9月23日）`).
    const dated = title ? this.dateLineAfter(title.end, part.end) : undefined;
    if (dated) this.element('meeting-line', dated.start, dated.end, { attachment: index });
    this.attachments.push({
      ...(part.label?.number !== undefined ? { number: part.label.number } : {}),
      labelStart: part.label ? part.label.start : part.start,
      labelEnd: part.label ? part.label.end : part.start,
      ...(title ? { title: { text: oneLine(text.slice(title.start, title.end)), start: title.start, end: title.end } } : {}),
      start: part.start,
      end: part.end,
      form: part.label ? 'labelled' : 'enclosed',
    });
    this.partTail({ start: part.start, end: part.end, attachment: index, contentStart: dated?.end ?? title?.end ?? (part.label ? part.label.end : part.start) }, false);
  }

  /** A date or meeting line right after a title, on its line or the next (`二〇二二年九月二十三日`, `（2024年1月5日在…上）`). */
  private dateLineAfter(pos: number, end: number): { start: number; end: number } | undefined {
    const q = skipSpacesAndBreaks(this.text, pos, end);
    if (q >= end) return undefined;
    const p = this.paragraphs[this.paragraphAt(q)];
    const e = this.meetingLine(q, Math.min(p.end, end), q === p.start);
    return e > 0 ? { start: q, end: e } : undefined;
  }

  /** The title the 附件说明 gives this attachment, where the part's text starts with it (`附件1征求意见部门、单位名单…`). */
  private listedTitle(pos: number, end: number, number: number | undefined): { start: number; end: number } | undefined {
    const item = this.attachmentList.find((i) => i.number === number) ?? (this.attachmentList.length === 1 && number === undefined ? this.attachmentList[0] : undefined);
    if (!item) return undefined;
    const listed = this.text.slice(item.titleStart, item.titleEnd);
    return listed.length >= 2 && this.text.startsWith(listed, pos) && pos + listed.length <= end ? { start: pos, end: pos + listed.length } : undefined;
  }

  /** An attachment's own title: the rest of its label line, the next short line, or a span up to a genre word. */
  private partTitle(pos: number, end: number): { start: number; end: number } | undefined {
    const text = this.text;
    if (pos >= end) return undefined;
    const pi = this.paragraphAt(pos);
    const p = this.paragraphs[pi];
    const lineEnd = Math.min(p.end, end);
    if (pos >= lineEnd) return undefined;
    const length = lineEnd - pos;
    if (length <= 100 && withoutSentencePunctuation(text, pos, lineEnd) && !this.markerLike(pos, lineEnd)) {
      // A title may wrap onto the next line.
      let e = lineEnd;
      const next = this.paragraphs[pi + 1];
      if (next && next.start < end && !this.titleEnding(pos, e) && next.end - next.start <= 40 && withoutSentencePunctuation(text, next.start, next.end) &&
        this.titleEnding(next.start, next.end) && !this.input.markers[pi + 1]) e = next.end;
      return { start: pos, end: e };
    }
    const t = this.titleAt([], pos, lineEnd, false, pi);
    if (t > 0) {
      // `…措施(征求意见稿)`: the status belongs to the title line.
      const status = sticky(DRAFT_STATUS, text, t, lineEnd);
      return { start: pos, end: status > 0 ? status : t };
    }
    // Run together with its first line (`附件3平潭…审批表申请单位（盖章）`): up to the first genre word and its bracket.
    const limit = Math.min(lineEnd, pos + 60);
    for (let i = pos + 2; i <= limit; i++) {
      const c = text.charCodeAt(i - 1);
      if (SENTENCE_END_MARK[c] === 1 || c === 0xff0c || c === 0xff1a) return undefined;
      // `征求意见部门…`, `意见建议`: a genre word inside a longer name is not its end.
      if (!genreEndsAt(text, pos, i) || /^(?:部门|单位|建议|的|稿|和|及|、|汇总|明细|[表书单])/.test(text.slice(i, i + 2))) continue;
      let e = i;
      const close = /^[（(][^（）()。，]{1,12}[）)]/.exec(text.slice(e, e + 14));
      if (close) e += close[0].length;
      return { start: pos, end: e };
    }
    return undefined;
  }

  // ---- genre ---------------------------------------------------------------------------------

  private genre(items: readonly HeadItem[]): DocumentGenre {
    const text = this.text;
    const title = this.title ? text.slice(this.title.start, this.title.end).replace(/[（(][^）)]*[）)]$/, '') : '';
    if (items.some((i) => i.kind === 'subtitle' && /讲话|致辞|发言/.test(text.slice(i.start, i.end))) || /讲话|致辞|发言$/.test(title)) return 'speech';
    if (/报告|总结$/.test(title)) return 'report';
    if (/(?:条例|办法|规定|细则|规则|章程|准则)$/.test(title)) return 'regulation';
    if (/(?:通知|通报|通告|公告|决定|决议|意见|函|复函|请示|批复|命令|令|纪要)$/.test(title)) return 'notice';
    if (/(?:方案|计划|措施|要点|规划|政策|纲要)$/.test(title)) return 'plan';
    if (items.some((i) => i.kind === 'salutation' && /同志/.test(text.slice(i.start, i.end)))) return 'speech';
    if (items.some((i) => i.kind === 'salutation')) return 'report';
    if (items.some((i) => i.kind === 'speaker')) return 'speech';
    const articles = this.input.markers.filter((m) => m?.scheme === 'article').length;
    if (articles >= 3) return 'regulation';
    return 'unknown';
  }
}

/** A title wrapped over lines, read as one: the line breaks and the indentation after them go. */
function oneLine(s: string): string {
  return s.replace(/[ \u3000\t]*(?:\r\n|\r|\n)[\s\u3000]*/g, '');
}

/** No sentence end (。！？；) in [start, end): a label's value or a site's line may hold commas, never a sentence. */
function withoutSentenceEnd(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SENTENCE_END_MARK[text.charCodeAt(i)] === 1) return false;
  return true;
}

function countHan(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

function genreLength(text: string, start: number, end: number): number {
  const tail = text.slice(Math.max(start, end - 8), end);
  const m = GENRE_END.exec(tail);
  return m ? m[0].length : 0;
}

function skipSpacesAndBreaks(text: string, pos: number, end: number): number {
  while (pos < end && (isWhitespaceCode(text.charCodeAt(pos)) || text.charCodeAt(pos) === 10 || text.charCodeAt(pos) === 13)) pos++;
  return pos;
}

/**
 * The 公文 frame of a parsed draft: where the web chrome, 版头, title block, 主送, body, 落款, 附注,
 * 附件说明, attachments, 版记 and trailing chrome lie, each element an exact span. Reads nothing but its
 * input; never throws; linear in the text (the head and tail are read from the ends, the dates and
 * attachment labels from their characters' occurrence tables).
 */
export function computeFrame(input: FrameInput): DocumentFrame {
  return new FrameBuilder(input).build();
}
