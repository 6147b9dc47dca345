import type { Rule } from '../rule';
import { inResidue, trimmedSpan } from '../frameText';
import { fixTitle } from '../fixTitles';

/**
 * Marks a title never holds: sentence and clause punctuation. 书名号, quotation marks, brackets, 顿号 and
 * dashes are left alone (names and periods need them: `《…》`, `“十四五”`, `（2021—2023年）`, `蓝天、碧水`).
 */
const TITLE_PUNCTUATION = /[，。；：！？,;:!?]|\.(?![0-9])/g;
/** Sentence punctuation that ends a title can go without a second thought. */
const TRAILING = /[。.，,；;：:]$/;
/** 紧急程度 is an element of its own: `特急`/`加急` anywhere, `紧急` as a mark (`（紧急）`, `紧急：`), never in the subject (`紧急救援`). */
const URGENCY = /特急|加急|[（(【]紧急[）)】]|^紧急[：:\s]/g;
/**
 * `关于…的紧急通知`: central offices still title documents so, and some manuals accept it; only a hint
 * that the urgency belongs in the 版头.
 */
const URGENT_KIND = /紧急(?=(?:通知|通报|请示|报告|函|决定|命令)$)/;
const REDUNDANT_DUI = /关于对/g;
/** A request verb the 文种 already says: `关于请求…的请示`, `关于上报…的报告`. */
const DOUBLED = [
  { verb: /关于(请求|恳请)/, kind: '请示' },
  { verb: /关于(上报|呈报)/, kind: '报告' },
] as const;

/** The 文种 at a title's end that asks for no approval: a 函 asks for a reply, a 报告 carries no request. */
const NO_REQUEST_KIND = /的(复函|函|报告)$/;
/**
 * A 请示's closing (`妥否，请批示。`, `以上请示当否，请审批。`, `请批复。`) ending a paragraph. 批转 and 审阅 are
 * not in it: an 意见 may ask to be forwarded, a 报告 to be read.
 */
const REQUEST_CLOSING = /(?:(?:妥否|当否|是否妥当|如无不妥)[，,]?)?请(?:予)?(?:批示|审批|批复)[。！]?(?=[ \t\u3000]*(?:\r?\n|$))/g;
const CLOSING_ADVICE: Readonly<Record<string, { zh: string; en: string }>> = {
  函: { zh: '函请对方答复，结束语可用“请予函复”“盼复”“特此函告”等', en: 'a letter asking for an answer closes with “请予函复”, “盼复” or “特此函告”' },
  复函: { zh: '复函答复来函，结束语可用“特此函复”“此复”等', en: 'a reply closes with “特此函复” or “此复”' },
  报告: { zh: '报告中不得夹带请示事项（《党政机关公文处理工作条例》第十五条），需要批准的事项应另行请示', en: 'a report carries no request for approval (Regulations on the Handling of Party and Government Documents, art. 15); ask for approval in a 请示 of its own' },
};

export const elementTitle: Rule = {
  id: 'element-title',
  category: 'element',
  defaultSeverity: 'warning',
  description: '公文标题写法不当：除书名号及名称所需的引号、括号、顿号外一般不用标点符号；不写“紧急”“特急”（紧急程度另行标注）；不写“关于对……”；不与文种重复（“关于请求……的请示”）；函、报告的结束语不用请示的“请批示”“请审批”。',
  descriptionEn: 'Document title: no punctuation beyond book-title marks and what names need, no urgency marks, no 关于对, no request verb the document type repeats; no request’s closing (请批示) under a 函 or 报告.',
  fixable: true,
  messages: {
    punctuation: '公文标题中不用“{mark}”：标题由发文机关名称、事由和文种组成，除书名号及名称中的引号、括号、顿号外，一般不用标点符号。',
    urgency: '公文标题中不写“{mark}”：紧急程度是单独的公文要素，在版头标注“特急”或“加急”（《党政机关公文处理工作条例》第九条），标题中删去。',
    urgentKind: '标题中的“紧急{kind}”：紧急程度一般在版头标注“特急”或“加急”（《党政机关公文处理工作条例》第九条），标题可写作“……的{kind}”。',
    dui: '公文标题不写“关于对”：“关于”已引出事由，删去“对”字（如“关于××问题的批复”）。',
    doubled: '公文标题“关于{verb}……的{kind}”语义重复：文种“{kind}”已含“{verb}”之意，删去“{verb}”。',
    closing: '结束语“{closing}”是请示的用语，与文种“{kind}”不符：{advice}。',
  },
  messagesEn: {
    punctuation: 'No “{mark}” in a document title: the title names the issuer, the subject and the document type, and has no punctuation besides book-title marks and the quotation marks, brackets and enumeration commas of names.',
    urgency: 'No “{mark}” in a document title: urgency is an element of its own, marked “特急” or “加急” in the header (Regulations on the Handling of Party and Government Documents, art. 9); delete it from the title.',
    urgentKind: '“紧急{kind}” in the title: urgency is marked “特急” or “加急” in the header (Regulations on the Handling of Party and Government Documents, art. 9); the title can read “……的{kind}”.',
    dui: 'No “关于对” in a document title: “关于” already introduces the subject; delete “对” (as in “关于××问题的批复”).',
    doubled: 'The title “关于{verb}……的{kind}” says one thing twice: the document type “{kind}” already means “{verb}”; delete “{verb}”.',
    closing: 'The closing “{closing}” is a request’s (请示), not fit for a “{kind}”: {adviceEn}.',
  },
  check(doc, ctx) {
    const title = doc.frame.title;
    if (!title) return;
    const text = doc.text;
    const trimmed = trimmedSpan(text, title.start, title.end);
    const start = trimmed.start;
    // A full stop a writer put after the title belongs to it, whether or not the frame's span takes it in.
    const after = /^[。.，,；;：:]/.exec(text.slice(trimmed.end, trimmed.end + 1));
    const end = trimmed.end + (after ? 1 : 0);
    const t = text.slice(start, end);
    const trailing = TRAILING.test(t);
    for (const m of t.matchAll(TITLE_PUNCTUATION)) {
      const at = start + m.index!;
      const last = trailing && at === end - 1;
      ctx.report({
        messageId: 'punctuation', data: { mark: m[0] }, start: at, end: at + 1,
        fixes: last ? [{ ...fixTitle('removeTitleEnd', { text: m[0] }), edits: [{ start: at, end: at + 1, newText: '' }], safe: true }] : [],
      });
    }
    for (const m of t.matchAll(URGENCY)) {
      const mark = m[0].replace(/[：:\s]$/, '');
      const at = start + m.index!;
      ctx.report({
        messageId: 'urgency', data: { mark }, start: at, end: at + m[0].length,
        fixes: [{ ...fixTitle('remove', { text: m[0] }), edits: [{ start: at, end: at + m[0].length, newText: '' }], safe: false }],
      });
    }
    const urgent = URGENT_KIND.exec(t);
    if (urgent) {
      const at = start + urgent.index;
      ctx.report({
        messageId: 'urgentKind', data: { kind: t.slice(urgent.index + 2) }, start: at, end: at + 2, severity: 'hint',
        fixes: [{ ...fixTitle('remove', { text: '紧急' }), edits: [{ start: at, end: at + 2, newText: '' }], safe: false }],
      });
    }
    for (const m of t.matchAll(REDUNDANT_DUI)) {
      const dui = start + m.index! + 2;
      ctx.report({ messageId: 'dui', start: start + m.index!, end: dui + 1, fixes: [{ ...fixTitle('removeCharacter', { text: '对' }), edits: [{ start: dui, end: dui + 1, newText: '' }], safe: false }] });
    }
    // A 请示's closing under a title whose 文种 asks for no approval.
    const noRequest = NO_REQUEST_KIND.exec(t);
    if (noRequest) {
      const kind = noRequest[1];
      for (const m of text.slice(end).matchAll(REQUEST_CLOSING)) {
        const at = end + m.index!;
        if (inResidue(doc, at)) continue;
        const closing = m[0].replace(/[。！]$/, '');
        ctx.report({ messageId: 'closing', data: { closing, kind, advice: CLOSING_ADVICE[kind].zh, adviceEn: CLOSING_ADVICE[kind].en }, start: at, end: at + closing.length });
      }
    }
    for (const { verb, kind } of DOUBLED) {
      const m = verb.exec(t);
      if (!m || !t.endsWith(kind)) continue;
      const at = start + m.index! + 2;
      ctx.report({
        messageId: 'doubled', data: { verb: m[1], kind }, start: at, end: at + m[1].length,
        fixes: [{ ...fixTitle('remove', { text: m[1] }), edits: [{ start: at, end: at + m[1].length, newText: '' }], safe: false }],
      });
    }
  },
};
