import type { Marker } from './document';

/**
 * The 公文 frame of a parsed draft: what each part of the text is, around and beside the section tree.
 * Computed once per parse (`core/parser/frame.ts`) and read by the outline, the residue rules and the
 * element rules; no rule derives zones on its own.
 *
 * Offsets are UTF-16 code-unit offsets into the draft. In run-together text (a PDF or web page on one
 * line) a zone or element is a span inside a line, not a whole line.
 */

/** Where a part of the text belongs, in the order GB/T 9704—2012 lays a document out. */
export type ZoneKind =
  /** Web chrome, collector and database notices before the document. */
  | 'leading-residue'
  /** 版头: 份号, 密级, 紧急程度, 发文机关标志 (`…文件`), 发文字号, 签发人. */
  | 'header'
  /** Title block: title, `——在…上的讲话` subtitle, `（征求意见稿）`, meeting/date line, speaker line. */
  | 'title'
  /** 主送机关. */
  | 'addressee'
  | 'body'
  /** Closing formula: `特此通知`, `妥否，请批示`. */
  | 'closing'
  /** 落款: 署名 and 成文日期. */
  | 'signature'
  /** 附注: `（此件公开发布）`. */
  | 'note'
  /** 附件说明: `附件：1.…` with its items. */
  | 'attachment-list'
  /** One attachment: `附件1` with its own title, body and numbering. */
  | 'attachment'
  /** 版记: 抄送, 印发机关和印发日期. */
  | 'imprint'
  /** Web chrome and notices after the document. */
  | 'trailing-residue';

export const ZONE_KINDS: readonly ZoneKind[] = [
  'leading-residue', 'header', 'title', 'addressee', 'body', 'closing', 'signature', 'note',
  'attachment-list', 'attachment', 'imprint', 'trailing-residue',
];

export interface FrameZone {
  readonly kind: ZoneKind;
  /** [start, end): the zones of a frame partition the text, in text order, without gaps. */
  readonly start: number;
  readonly end: number;
  /** For an `attachment` zone: its index in `DocumentFrame.attachments`. */
  readonly attachment?: number;
}

/** The elements a frame names, each an exact span of text. */
export type FrameElementKind =
  | 'copy-number' // 份号
  | 'secrecy' // 密级和保密期限
  | 'urgency' // 紧急程度
  | 'issuer-mark' // 发文机关标志 (`…文件`)
  | 'doc-number' // 发文字号 (`…〔2024〕3号`)
  | 'signer' // 签发人
  | 'title' // the document's title (several lines joined where it wraps)
  | 'subtitle' // `——在…上的讲话`
  | 'draft-status' // `（征求意见稿）` `（送审稿）`
  | 'meeting-line' // `（2024年1月5日在…会议上）`
  | 'speaker' // `XX市市长　某某`
  | 'addressee' // 主送机关 line(s)
  | 'closing-formula' // `特此通知`
  | 'issuer-signature' // 署名
  | 'date' // 成文日期
  | 'note' // 附注
  | 'attachment-list' // the whole 附件说明
  | 'attachment-label' // `附件1` heading an attachment
  | 'attachment-title' // an attachment's own title
  | 'copy-to' // `抄送：…。`
  | 'print-line' // `XX办公室　2024年1月5日印发`
  | 'chrome' // one block of web chrome or a notice inside a residue zone
  | 'caption' // a photo caption (`…摄`)
  | 'salutation' // `同志们：` `各位代表：` opening a speech or report (in the body zone)
  | 'repeated-title' // the title printed again in the head by a web page or database copy (in a residue zone)
  | 'seal'; // `（院印）` `（公章）` in a 落款

/** What a `chrome` block is: page navigation and metadata, contact advertising, or a repost/collector notice. */
export type ChromeKind = 'navigation' | 'contact-spam' | 'source-notice';

export interface FrameElement {
  readonly kind: FrameElementKind;
  readonly start: number;
  readonly end: number;
  /** For a `chrome` element: what kind of clutter the block is. */
  readonly chrome?: ChromeKind;
  /** For an element inside an attachment part: its index in `DocumentFrame.attachments`. */
  readonly attachment?: number;
}

/** A date as written (成文日期, 印发日期): its parts where they could be read. */
export interface WrittenDate {
  readonly start: number;
  readonly end: number;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** `2024年1月5日` arabic, `二〇二四年一月五日` chinese, `2024.1.5` / `2024-01-05` / `2024/1/5` numeric. */
  readonly style: 'arabic' | 'chinese' | 'numeric';
}

/** One item of the 附件说明 (`附件：1.…` / `2.…`). */
export interface AttachmentListItem {
  /** The item's number as written (`1`), absent for a single unnumbered attachment. */
  readonly number?: number;
  /** The item's number marker (`1.`, `1、`), where it has one: the numbering rules check its style. */
  readonly marker?: Marker;
  /** Title without number and trailing punctuation. */
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly titleStart: number;
  readonly titleEnd: number;
}

/** One attachment part (`附件2` …). */
export interface AttachmentPart {
  /** `附件2` → 2; absent for `附件` alone. */
  readonly number?: number;
  /** The label as written (`附件2`, `附件2：`). */
  readonly labelStart: number;
  readonly labelEnd: number;
  /** The attachment's own title, where it has one. */
  readonly title?: { readonly text: string; readonly start: number; readonly end: number };
  /** The whole part, label to end. */
  readonly start: number;
  readonly end: number;
  /**
   * `labelled`: a part opened by `附件N`; `enclosed`: the document a 印发/转发 notice or a decree encloses,
   * printed after the 落款 without a label (its label span is empty: labelStart = labelEnd = start).
   */
  readonly form: 'labelled' | 'enclosed';
}

/** What kind of document the draft is, as far as the frame tells. */
export type DocumentGenre =
  | 'speech' // 讲话稿: a speaker line, `同志们：`, `——在…上的讲话`
  | 'report' // 工作报告, 总结
  | 'regulation' // 条例, 办法, 规定, 细则 (第X条)
  | 'notice' // 通知, 通告, 公告, 决定, 意见, 函, 请示, 批复
  | 'plan' // 方案, 计划, 措施, 要点
  | 'unknown';

export interface DocumentFrame {
  /** Partition of the whole text, in order (a draft without frame elements is one `body` zone). */
  readonly zones: readonly FrameZone[];
  /** Named elements, in text order. */
  readonly elements: readonly FrameElement[];
  /** The document's own title (the outline's root), where one was found. */
  readonly title?: FrameElement;
  /** 成文日期, from the 落款 or the meeting/date line. */
  readonly date?: WrittenDate;
  readonly attachmentList: readonly AttachmentListItem[];
  readonly attachments: readonly AttachmentPart[];
  readonly genre: DocumentGenre;
}

/** The zone holding `offset` (the last zone for the text's end). Binary search: zones are sorted. */
export function zoneAt(frame: DocumentFrame, offset: number): FrameZone {
  const zones = frame.zones;
  let lo = 0;
  let hi = zones.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (zones[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return zones[lo];
}

/** Residue zones: chrome and notices around the document, never content. */
export function isResidueZone(kind: ZoneKind): boolean {
  return kind === 'leading-residue' || kind === 'trailing-residue';
}

/** Elements of one kind, in text order. */
export function elementsOf(frame: DocumentFrame, kind: FrameElementKind): readonly FrameElement[] {
  return frame.elements.filter((e) => e.kind === kind);
}
