import type { Rule } from '../rule';
import { codes, eachOccurrence, leftAlone, reportPlaceholder } from './scan';
import { isHanCode } from '../../text/chars';
import { NOTES } from './editorial';
import { readDirection } from './direction';
import { isResidueZone, zoneAt, type FrameZone } from '../../model/frame';
import type { PolicyDocument } from '../../model/document';

export const INSTRUCTION_KIND = '填写说明';
export const INSTRUCTION_KIND_EN = 'Filling instruction';

/**
 * A template's note to the drafter left in brackets, in any bracket (`[]` `［］` `【】` `〔〕` `（）` `()`).
 * Square brackets hold a fill-in field when the content opens with an instruction (填写, 请填, 请输入,
 * 此处, 待…), names a field (…名称, …内容, …时间, …单位, …姓名…) or is a numbered item of a template
 * (任务一, 事项2). In every bracket a note addressed to the drafter about the text itself is one
 * (`readDirection`): what to keep, delete, choose, adapt or refine (`（此条可选）`, `[结合部门职责细化]`,
 * `（本段可根据实际删减）`, `（如无此项，可删除）`) or what to write there (`（此处填写完成时间）`,
 * `（简要概括上年度主要工作成效）`), with or without a `注：`/`说明：`/`提示：` label. The document's own
 * brackets stay silent: `（以下简称…）`, `（含…）`, `（试行）`, `（略）`, citations and amendment records
 * (`（根据…决定修改）`, `（予以删除）`), delegations (`（由各地根据实际情况确定）`), `[2008]`, `【字号】`,
 * `［1］`, `- [ ]`, brackets holding a stand-in (`[X]`, `【XX单位】`, the other placeholder rules'), and in
 * a form attached to the document (`附件2　…申请表`) the form's notes to whoever fills it in
 * (`（请填写单位全称）`, `（可另附页）`). Reads the frame, so it runs on the whole draft.
 */
/** Closing bracket by opening bracket, as code units. */
const PAIRS = new Map([['[', ']'], ['［', '］'], ['【', '】'], ['〔', '〕'], ['（', '）'], ['(', ')']].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const SQUARE = codes('[［【〔');
const MAX_CONTENT = 40;
/** Characters no instruction holds: nested brackets, line breaks, and the stand-ins other rules report. */
const NOT_IN_INSTRUCTION = codes('[]［］【】〔〕（）()\r\nXxＸｘ×╳_＿○△□*＊');

const OPENS_INSTRUCTION = /^(?:此处|请在此|请)?(?:填写|填入|请填|输入|插入|录入|上传|粘贴)|^请输入|^此处|^待(?!补充|定|核实|确认|完善|填写|更新)/;
const NAMES_FIELD = /(?:名称|内容|时间|日期|时限|单位|事项|姓名|电话|号码|地址|金额|数额|数量|标题|文号|编号|职务|部门|负责人|联系人)$/;
const NUMBERED_ITEM = /^(?:任务|事项|项目|步骤|要点|措施|目标|内容|工作)[一二三四五六七八九十0-9０-９]{1,3}$/;
export const placeholderInstruction: Rule = {
  id: 'placeholder-instruction',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '填写说明：模板中括号里留给起草人的提示（如“[事项名称]”“【填写工作目标】”“（此处填写完成时间）”“（此条可选）”“[结合部门职责细化]”“（本段可根据实际删减）”）尚未按提示写好并删去。',
  descriptionEn: 'A template\'s note to the drafter in brackets ([事项名称], 【填写工作目标】, （此处填写完成时间）, （此条可选）, [结合部门职责细化]) not yet acted on and deleted.',
  fixable: false,
  messages: {
    instruction: '填写说明“{text}”：这是模板中的填写提示，请按提示填写实际内容，并删去提示和括号。',
    direction: '填写说明“{text}”：这是模板留给起草人的说明，请按说明取舍或改写正文，再删去说明和括号。',
  },
  messagesEn: {
    instruction: 'Filling instruction “{text}”: a template\'s hint. Write the actual content as it says, and delete the hint and its brackets.',
    direction: 'Filling instruction “{text}”: a template\'s note to the drafter. Keep, cut or rewrite the text as it says, then delete the note and its brackets.',
  },
  check(doc, ctx) {
    const text = doc.text;
    const visit = (open: number) => {
      const closer = PAIRS.get(text.charCodeAt(open))!;
      let close = open + 1;
      while (close < text.length && close - open <= MAX_CONTENT + 1 && text.charCodeAt(close) !== closer && !NOT_IN_INSTRUCTION.has(text.charCodeAt(close))) close++;
      if (text.charCodeAt(close) !== closer || close - open < 3) return;
      const content = text.slice(open + 1, close).trim();
      // Notes such as 【待补充】 are the editorial rule's.
      if (NOTES.some((n) => content.startsWith(n))) return;
      let han = 0;
      for (let i = 0; i < content.length; i++) if (isHanCode(content.charCodeAt(i))) han++;
      if (han < 2) return;
      const square = SQUARE.has(text.charCodeAt(open));
      const field = square && (OPENS_INSTRUCTION.test(content) || NAMES_FIELD.test(content) || NUMBERED_ITEM.test(content));
      const messageId = readDirection(content) ?? (field ? 'instruction' : undefined);
      if (!messageId || leftAlone(doc, open)) return;
      // Web chrome around the document (`（如有侵权请联系删除）`) is the residue rules'.
      const zone = zoneAt(doc.frame, open);
      if (isResidueZone(zone.kind)) return;
      // A printed form's note to whoever fills it in (`（请填写单位全称）`) is the form's own text.
      if (messageId === 'instruction' && !square && inForm(doc, zone)) return;
      const written = text.slice(open, close + 1);
      reportPlaceholder(ctx, open, close + 1, messageId, { kind: INSTRUCTION_KIND, expected: 'instructed', fill: 'replace', text: written });
    };
    eachOccurrence(doc, '[［【〔（(', visit);
  },
};

/** The title of a form: `…申请表`, `…审批表`, `…明细表（模板）`, `…回执`, `…清单`. */
const FORM_TITLE = /(?:表|表格|回执|清单|登记卡)(?:（[^）]*）|\([^)]*\))?$/;

/** The zone is an attachment that is a form, whose notes to its filler belong to it. */
function inForm(doc: PolicyDocument, zone: FrameZone): boolean {
  if (zone.kind !== 'attachment' || zone.attachment === undefined) return false;
  const title = doc.frame.attachments[zone.attachment]?.title?.text;
  return title !== undefined && FORM_TITLE.test(title);
}
