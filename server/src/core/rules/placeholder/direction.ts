/**
 * What a bracketed clause says, read as a template's note to whoever copies it: a direction about the
 * text itself (keep, delete, choose, adapt, refine this article or paragraph: `（此条可选）`,
 * `[结合部门职责细化]`, `（本段可根据实际删减）`) or an instruction what to write in its place
 * (`（简要概括上年度主要工作成效）`, `（此处填写具体措施）`).
 *
 * A note is a verb of writing or editing the text addressed to the drafter. The verb alone is not
 * enough: the document's own brackets use the same words (`（讲话稿有删改）`, `第五条（予以删除）`,
 * `（2019年修订）`, `（可补充提供相关证明材料）`). It is addressed to the drafter when
 * - a modal stands right before it (`可删除`, `请补充完整`, `可适当展开`),
 * - the note names the drafter's own case (`根据实际情况`, `结合部门职责`, `视情况`, `如无此项`,
 *   `不涉及的`, `参照上年度格式`),
 * - it names a part of the text (`此条`, `本段`, `以上内容`, `两种表述`), or
 * - an instruction verb opens the note (`列举…`, `简要介绍…`).
 * Verbs of quantity and decision (`调整`, `增减`, `保留`, `确定`) count only when a part of the text is what
 * they act on: a document notes a figure or a date with them (`暂定3月（视情况调整）`, `名额（可增减）`).
 * Deleting and omitting (`删除`, `省略`) need a modal or the drafter's case: `（以下省略）`, `（删除）`
 * record what an edition did. A citation (`《…》`, a date, `令第…号`), a record (`已删除`, `被…`), an agent
 * (`由各地…细化`: a delegation of policy), another party (`如有侵权请联系删除`), a noun (`修改后的表述为：`)
 * and an action on something outside the text (`…提供证明材料`, `…制定`) make it the document's own clause.
 */
export type NoteKind = 'direction' | 'instruction';

/** A note's label: `注：`, `说明：`, `提示：`, `写作要点：`, `可选：`. */
const LABEL = /^[^：:，,；;]{0,4}?(?:注|说明|提示|备注|要点|要求|指引|可选)[：:]\s*/;
/** A label that names the drafting: what follows is a note to the drafter whatever its words (`（要点提示：突出亮点，数据翔实）`). */
const DRAFTING_LABEL = /^(?:(?:写作|撰写|编写|起草|填写|填报|使用)(?:要点|提示|说明|要求|指引)|要点提示)[：:]/;

/**
 * The drafter's own case (实际情况, 职责, 需要, 特色…), named after `根据`/`结合`/`视`… with up to six
 * characters of whose (本县, 部门, 本单位的).
 */
const CASE_NOUN = '(?:实际情况|具体情况|工作实际|实际|情况|情形|需要|需求|职责|职能|分工|特点|特色|类型|性质|规模|级别|重点|内容|进展|安排|预案|格式|样式|范例|示例)';
const CASE = new RegExp([
  `(?:根据|结合|按照|按|视|依据|依|参照|对照|针对|立足)[^，,；;、。《》]{0,6}?${CASE_NOUN}`,
  '视情|酌情|按需|据实|因地制宜|供参考',
  // A model to follow: 参照上年度格式, 参照范文.
  '参照[^，,；;]{1,8}',
  // A condition on the drafter's case: 如无此项, 若不涉及, 如本单位无此类情形, 没有此项工作的, 不需要的.
  '(?:如|若|如果|倘若)[^，,；;]{0,6}?(?:有|无|没有|不涉及|涉及|需要?|不需要|不适用|适用|未|不)',
  '(?:没有|无|不涉及|未涉及|不适用|不需要|不必要)[^，,；;]{0,10}(?:的|时)',
  // The template itself: 本模板, 参考表述, 使用时请删除 (not `示例`: `（示例：补充医疗保险）` explains by example).
  '模板|参考表述|使用时|套用',
].join('|'));

/** A part of the text: 此条, 本段, 该项, 以上内容, 以下两种表述, 此处. */
const PART = '(?:条款|条目|条|项|款|段落|段|节|章|部分|处|栏|行|句|内容|表述|事项|方面|板块|环节|标题|示例|案例)';
/** What the text holds: a verb acting on it edits the text (`增加条目`, `调整表述`, `增加其他保障措施`). */
const CONTENT_NOUN = '(?:内容|表述|条目|条款|段落|段|措辞|文字|篇幅|字数|表格|图表|附表|图片|行|列|措施|举措|做法|案例|事例|亮点|成效)';
/** Counted parts of the text (`三个方面`, `若干条`); not `三项`, which counts things as often as items. */
const COUNTED_PART = '[一二三四五六七八九十两几若干多]+个?(?:方面|部分|段|条)';
/** `本项` but not `本项目`, `本条例`, `此处理`, `本章程`, `本节日`. */
const NOT_A_PART = '(?![目件例程理置罚室长日约点])';
const TEXT_PART = new RegExp(`这里|(?:此|本|该|上述|以上|以下|下列|这)(?:[两二三四几各][种个条段项])?${PART}${NOT_A_PART}|(?:[两二三四几各]种|相关|具体|有关)?(?:内容|表述|条目|条款|段落|措辞|文字|表格|图表|附表|图片)|${COUNTED_PART}`);
const TEXT_OBJECT = new RegExp(`^[^，,；;]{0,4}?(?:${TEXT_PART.source}|${CONTENT_NOUN})$`);

/** Deleting and omitting: `（以下省略）`, `（删除）` record an edition's cut unless a modal or the drafter's case asks for it. */
const DELETE = ['增删', '删减', '删改', '删除', '删去', '删掉', '去掉', '略去', '省略', '不写', '不填', '不列', '删'];
/** Choosing among texts. */
const CHOOSE = ['任选其一', '选择其一', '选其一', '二选一', '多选一', '择一', '任选', '可选', '选用', '选写', '选择适用', '选择使用'];
/** Reshaping the text. */
const EDIT = [
  '取舍', '细化', '具体化', '充实', '展开', '扩展', '拓展', '丰富', '完善', '修改', '修正', '改写', '重写', '补充', '补全', '补齐', '增补', '增写',
  '增设', '增列', '扩充', '替换', '更新', '表述', '提炼', '精简', '压缩', '合并', '拆分', '另起一段', '分段',
];
/** Quantity and decision: count only on a part of the text. */
const WEAK = ['调整', '增减', '增加', '减少', '保留', '确定', '设置', '选择'];
/** Writing content into the place of the note: these make an instruction. */
const FILL = ['填写', '填入', '填报', '选填', '写明', '列明', '载明', '列举', '列出', '罗列', '简述', '概述', '概括', '介绍', '说明', '阐述', '描述', '叙述', '插入', '粘贴', '撰写', '编写', '拟写', '拟定', '自拟', '补写', '举例', '输入', '录入', '写', '分析'];
/** Verbs that make a note only with what they write: `（分析存在的主要问题）`, not `（根据抽样调查分析）`. */
const NEEDS_OBJECT = new Set(['分析']);

/** Editing verbs that open an instruction (`（细化具体措施）`); others open names (`（扩展阅读）`, `（丰富多彩）`). */
const OPENING_EDIT = new Set(['细化', '补充', '充实']);

type VerbClass = 'delete' | 'choose' | 'edit' | 'weak' | 'fill';
const VERB_CLASS = new Map<string, VerbClass>([
  ...DELETE.map((v) => [v, 'delete'] as const), ...CHOOSE.map((v) => [v, 'choose'] as const),
  ...EDIT.map((v) => [v, 'edit'] as const), ...WEAK.map((v) => [v, 'weak'] as const), ...FILL.map((v) => [v, 'fill'] as const),
]);
/** Longest first, so `删除` is read before `删`. */
const VERB_SOURCE = [...VERB_CLASS.keys()].sort((a, b) => b.length - a.length).join('|');
const VERB = new RegExp(VERB_SOURCE, 'g');
/** Verbs joined in one choice: `保留或删除`, `合并或拆分`, `增加或减少`. */
const CHAINED = new RegExp(`(?:${VERB_SOURCE})(?:或者|或是|或|和|及|、|并)$`);

/** Words between a modal and its verb: `可适当展开`, `请在此处列明`, `可另行细化`, `请对本条进行调整`. */
const ADVERBS = /(?:简要|简单|具体|详细|重点|逐项|逐条|分别|分条|依次|如实|据实|认真|务必|重新|进一步|适当|另行|相应|自行|酌情|灵活|整[节段条项章篇]|全部|一并|予以|予|进行|对(?:此|本|该)?[条项段款节]进行|在此[处栏]?|在本栏|在这里|决定是否|是否)+$/;
const MODAL = /(?:可|可以|请|自行|应|应当|须|需|宜)$/;
/** A modal opening the clause before a condition of any words: `请结合“十五五”规划思路进一步完善`. */
const MODAL_CONDITION = /^(?:请|可|可以|应|应当|须)(?:根据|结合|按照|按|参照|对照|依据|视)[^，,；;]{1,12}$/;
/** A prohibition: `（请勿在此栏填写）` is a form's. */
const NEGATED = /(?:勿|不要|无需|不必|不得|不能|禁止)$/;
/** The document's own clause: a citation or a dated record, a record of an edit, a delegation by agent. */
const CITATION = /[《》〈〉]|\d{4}年|令第|号令/;
const RECORD = /(?:已|已经|被|业已|均已)$/;
/** Someone else does it: `（如有侵权请联系删除）` on a web page. */
const OTHER_PARTY = /(?:联系|告知|通知|我们|本站|本网)$/;
/** `由各地…`, not `理由`, `事由`. */
const AGENT = /(?:^|[^理缘事])由/;
/** An action on something outside the text: `（可补充提供相关证明材料）`, `（结合实际细化落实）`. */
const OUTSIDE_ACTION = /^(?:(?:相关|有关)?(?:材料|资料|证明|手续|文件|证件)|落实|执行|推进|实施|开展|负责(?!人)|报送|上报|提交|提供|办理|审核|审批|制定|出台|印发|通知|确认)/;
/** A noun of a document or a person after an opening verb: `（修改稿）`, `（补充通知）`, `（说明书）`, `（撰写人：…）`. */
const DOCUMENT_NOUN = /^(?:稿|版|本|书|信|会|案|单|表|件|人(?!员)|者|组|说明|通知|规定|协议|意见|办法|草案|报告|材料|文件|资料)/;
/** What follows a noun or an attribute, never a verb addressed to anyone: `表述为：`, `内容如下`, `修改后的…`, `需要补充的材料`. */
const NOUN_FOLLOWS = /^(?:后?的|为[：:]|是|如下|[：:])/;
const CLAUSES = /[，,；;]/;
const SAMPLE = /(?:仅作|仅为|仅供|此为|为)(?:示例|范例|样例|参考表述|参考文本)/;
const MAX_OBJECT = 16;

/** What the bracket's content (brackets removed) asks of the drafter, if it is a note to the drafter at all. */
export function readDirection(written: string): NoteKind | undefined {
  if (DRAFTING_LABEL.test(written)) return 'instruction';
  const content = written.replace(LABEL, '').replace(/[。.！!]+$/, '');
  if (CITATION.test(content)) return undefined;
  // A part of the text that calls itself an example: `（此部分内容仅作示例）`, `（以下内容为示例）`.
  if (TEXT_PART.test(content) && SAMPLE.test(content)) return 'direction';
  const note: Note = { content, ownCase: CASE.test(content), onText: TEXT_PART.test(content) };
  const clauses = content.split(CLAUSES);
  // Clause by clause from the last, each verb from its last: `（此节为可选章节，不需要的可整节删除）`,
  // `请删除所有括号内的说明文字` (`说明` is a noun there).
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = clauses[i];
    const verbs: RegExpExecArray[] = [];
    VERB.lastIndex = 0;
    for (let m = VERB.exec(clause); m; m = VERB.exec(clause)) verbs.push(m);
    for (let j = verbs.length - 1; j >= 0; j--) {
      const kind = readClause(note, clause, verbs[j].index, verbs[j][0]);
      if (kind) return kind;
    }
  }
  return undefined;
}

/** What the whole note says, read once for each of its verbs. */
interface Note {
  readonly content: string;
  /** It names the drafter's own case (根据实际, 如无此项…). */
  readonly ownCase: boolean;
  /** It names a part of the text (此条, 本段, 以上内容…). */
  readonly onText: boolean;
}

function readClause(note: Note, clause: string, at: number, verb: string): NoteKind | undefined {
  const cls = VERB_CLASS.get(verb)!;
  // `保留与否视具体情况而定`: the choice itself is the object.
  const object = clause.slice(at + verb.length).replace(/^与否.*/, '');
  let before = clause.slice(0, at);
  while (CHAINED.test(before)) before = before.replace(CHAINED, '');
  // A noun, not a verb: `修改后的表述为：`.
  if (before.endsWith('的') || NOUN_FOLLOWS.test(object)) return undefined;
  if (RECORD.test(before) || OTHER_PARTY.test(before) || AGENT.test(before)) return undefined;
  if (object.length > MAX_OBJECT || OUTSIDE_ACTION.test(object)) return undefined;
  if (object === '' && NEEDS_OBJECT.has(verb)) return undefined;
  const bare = before.replace(ADVERBS, '');
  if (NEGATED.test(bare)) return undefined;
  const modal = MODAL.test(bare) || MODAL_CONDITION.test(bare);
  const { ownCase, onText } = note;
  const opens = bare === '' && object !== '' && !DOCUMENT_NOUN.test(object) && note.content.length >= 4;
  const kind: NoteKind = cls === 'fill' ? 'instruction' : 'direction';
  switch (cls) {
    case 'delete':
      return modal || ownCase ? kind : undefined;
    case 'weak':
      return (TEXT_OBJECT.test(object) || (object === '' && onText)) && (modal || ownCase) ? kind : undefined;
    case 'choose':
      return onText || ownCase || modal ? kind : undefined;
    default:
      return modal || ownCase || onText || (opens && (cls === 'fill' || OPENING_EDIT.has(verb))) ? kind : undefined;
  }
}
