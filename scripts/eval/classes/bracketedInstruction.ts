import type { Edit, InjectionClass } from '../injection';
import { matchesOf, onePer } from '../injection';

/** Instructions of templates, by what they replace. */
const FOR_DATE = ['[填写日期]', '【填写时间】', '（此处填写日期）', '[XX年XX月XX日]', '[完成时限]', '【日期】'];
const FOR_TITLE = ['[文件名称]', '【填写文件名称】', '[项目名称]', '【此处填写标题】', '[政策名称]'];
const FOR_CLAUSE = [
  '[填写工作目标]', '（此处填写具体内容）', '[请填写具体措施]', '【任务一】', '[事项名称]', '【工作内容】', '[待补充内容]',
  '（简要列明理由）', '[具体数额]', '【责任单位】', '[单位名称]', '【此处插入表格】', '[请输入正文]', '（填写负责人姓名）',
  // Wordings no keyword list holds: the rule is not expected to know them all.
  '【根据实际情况表述】', '[按本地实际补充]',
  // Held out: added after placeholder-instruction learnt the wordings above as a class; the rule was not written against these.
  '[此处补充本地区做法]', '（请写明具体举措）', '【可选内容，不需要时删除】', '[结合部门职责细化]',
];
/**
 * Notes on the text before them, which a template writes after the item they concern (`……久久为功（视情况增删）`),
 * never in its place: inserted after a clause, which stays. The last three are held out as above.
 */
const AFTER_CLAUSE = ['（视情况增删）', '（可根据需要调整顺序）', '（此条可选）', '（本段可根据实际删减）'];
const DATE = /(?<![0-9])(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日/g;
const TITLE = /《[^《》\r\n]{2,30}》/g;
/** A clause of running text between two clause marks, without marks, brackets or quotes of its own. */
const CLAUSE = /(?<=[，；：])[\u4e00-\u9fff]{4,16}(?=[，。；])/g;

/** A date, a document title or a clause replaced by a template's bracketed instruction, or a note put after a clause. */
export const bracketedInstruction: InjectionClass = {
  id: 'bracketed-instruction',
  name: '方括号填写说明（[填写…]）',
  category: 'placeholder',
  match: 'touch',
  perDocument: onePer(4000, 8),
  candidates(text, rng) {
    const out: Edit[] = [];
    const add = (re: RegExp, forms: readonly string[]) => {
      for (const m of matchesOf(text, re)) out.push({ start: m.index, end: m.index + m[0].length, newText: rng.pick(forms), variant: '' });
    };
    add(DATE, FOR_DATE);
    add(TITLE, FOR_TITLE);
    add(CLAUSE, FOR_CLAUSE);
    for (const m of matchesOf(text, CLAUSE)) {
      const end = m.index + m[0].length;
      out.push({ start: end, end, newText: rng.pick(AFTER_CLAUSE), variant: '' });
    }
    return out.map((e) => ({ ...e, variant: e.newText }));
  },
};
