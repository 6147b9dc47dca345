import type { Rule } from '../rule';
import { codes, eachOccurrence, leftAlone, reportPlaceholder } from './scan';
import { isHanCode } from '../../text/chars';
import { NOTES } from './editorial';

export const INSTRUCTION_KIND = '填写说明';
export const INSTRUCTION_KIND_EN = 'Filling instruction';

/**
 * A template's fill-in instruction left in brackets: `[事项名称]`, `【填写工作目标】`, `[请输入正文]`,
 * `【任务一】`, `（此处填写完成时间）`, `（简要列明请求和理由）`. Square brackets hold one when the content
 * opens with an instruction (填写, 请填, 请输入, 此处, 待…) or names a field (…名称, …内容, …时间, …日期,
 * …单位, …事项, …姓名…), or is a numbered item of a template (任务一, 事项2); round brackets, which
 * prose uses everywhere (`（以下简称…）`, `（此件公开发布）`, `（各有关单位）`), only when the content opens
 * with an instruction verb. In either, a direction to adapt the text is one (`【根据实际情况表述】`,
 * `[按本地实际补充]`, `（视情况增删）`, `（如无，可删除）`). `[2008]`, `【字号】`, `［1］`, `- [ ]` and brackets
 * holding a stand-in (`[X]`, `【XX单位】`, the other placeholder rules') stay silent.
 */
/** Closing bracket by opening bracket, as code units. */
const PAIRS = new Map([['[', ']'], ['［', '］'], ['【', '】'], ['（', '）'], ['(', ')']].map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const SQUARE = codes('[［【');
const MAX_CONTENT = 40;
/** Characters no instruction holds: nested brackets, line breaks, and the stand-ins other rules report. */
const NOT_IN_INSTRUCTION = codes('[]［］【】（）()\r\nXxＸｘ×╳_＿○△□*＊');

const OPENS_INSTRUCTION = /^(?:此处|请在此|请)?(?:填写|填入|请填|输入|插入|录入|上传|粘贴)|^请输入|^此处|^待(?!补充|定|核实|确认|完善|填写|更新)/;
const NAMES_FIELD = /(?:名称|内容|时间|日期|时限|单位|事项|姓名|电话|号码|地址|金额|数额|数量|标题|文号|编号|职务|部门|负责人|联系人)$/;
const NUMBERED_ITEM = /^(?:任务|事项|项目|步骤|要点|措施|目标|内容|工作)[一二三四五六七八九十0-9０-９]{1,3}$/;
/**
 * A direction to adapt the text: a condition on the drafter's own case (根据实际情况, 结合本地实际, 视情况,
 * 如无…) or a modal (可, 请, 自行), then a verb of writing as the last word. Verbs of quantity and decision
 * (调整, 增减, 确定) do not count: prose notes a figure or a date with them (`暂定3月（视情况调整）`).
 */
const CONDITION = '(?:(?:根据|结合|按照?|视|依据?|参照)(?:本地区?|本单位|本部门|本行业|当地|各地)?(?:实际情况|具体情况|实际|情况|需要|工作需要)|酌情|按需|如(?:有|无|不涉及)[^，,]{0,6})';
const MODAL = '(?:可|请|自行|应)';
const WRITING_VERB = '(?:表述|补充|增删|删减|取舍|填写|撰写|细化|完善|修改|删除|删去|选用|选填|列明|写明|载明)';
const ADAPTS = new RegExp(`^(?:(?:各地|各单位|各部门)?${MODAL}?${CONDITION}[，,]?${MODAL}{0,2}|${MODAL}{1,2})(?:予以|进行)?${WRITING_VERB}$`);
/** In round brackets only an instruction verb at the start (or `…，载明具体的…`) makes one. */
const INSTRUCTS = /^(?:此处|请在此处?|请)?(?:填写|填入|输入|插入|录入|简要列明|列明|载明|写明|简述)|(?:填写|载明|写明|列明)具体/;

export const placeholderInstruction: Rule = {
  id: 'placeholder-instruction',
  category: 'placeholder',
  defaultSeverity: 'warning',
  description: '填写说明：模板中括号里的填写提示（如“[事项名称]”“【填写工作目标】”“【任务一】”“（此处填写完成时间）”“（视情况增删）”）尚未替换为实际内容。',
  descriptionEn: 'A template\'s fill-in instruction or direction in brackets ([事项名称], 【填写工作目标】, 【任务一】, （视情况增删）) not yet replaced.',
  fixable: false,
  scope: 'paragraph',
  messages: {
    instruction: '填写说明“{text}”：这是模板中的填写提示，请按提示填写实际内容，并删去提示和括号。',
    direction: '填写说明“{text}”：这是模板中提示如何改写正文的说明，请按提示修改正文，再删去提示和括号。',
  },
  messagesEn: {
    instruction: 'Filling instruction “{text}”: a template\'s hint. Write the actual content as it says, and delete the hint and its brackets.',
    direction: 'Filling instruction “{text}”: a template\'s note on how to adapt the text. Revise the text as it says, then delete the note and its brackets.',
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
      const instruction = square ? OPENS_INSTRUCTION.test(content) || NAMES_FIELD.test(content) || NUMBERED_ITEM.test(content) : INSTRUCTS.test(content);
      const messageId = instruction ? 'instruction' : ADAPTS.test(content) ? 'direction' : undefined;
      if (!messageId || leftAlone(doc, open)) return;
      const written = text.slice(open, close + 1);
      reportPlaceholder(ctx, open, close + 1, messageId, { kind: INSTRUCTION_KIND, expected: 'instructed', fill: 'replace', text: written });
    };
    eachOccurrence(doc, '[［【（(', visit);
  },
};
