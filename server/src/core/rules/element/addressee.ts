import type { Rule } from '../rule';
import { trimmedElements } from '../frameText';
import { fixTitle } from '../fixTitles';
import { sliceWhole } from '../../text/lineIndex';

const WRONG_END = /[，,。.；;、]/;
/** Marks that never separate addressees (a sentence end, a semicolon). */
const WRONG_SEPARATOR = /[；;。]/g;
/** A space between two Han characters on one line: names run together without a separator. */
const SPACE_SEPARATOR = /(?<=[\u3400-\u9fff）)])[ \u3000]+(?=[\u3400-\u9fff])/g;
const SHOWN = 20;

/**
 * What kind of agency an addressee is, read from how its name ends: the classes the usual practice keeps apart
 * (`各省、自治区、直辖市人民政府，国务院各部委、各直属机构`). A name of no clear kind (`各有关单位`, `各村委会`,
 * `武警部队`, `稀土高新区管委会`, a bare `政府` sharing the head before it) has none, and nothing is judged beside it.
 * A 党委 and a 人民政府 are not told apart: `各乡镇党委、政府` names the 党政 of one place together.
 */
type AddresseeKind = 'government' | 'party' | 'department' | 'enterprise';
const KIND_NAMES: Readonly<Record<AddresseeKind, string>> = { government: '人民政府', party: '党委', department: '部门', enterprise: '企业' };
const KIND_NAMES_EN: Readonly<Record<AddresseeKind, string>> = { government: "a people's government", party: 'a Party committee', department: 'a department', enterprise: 'an enterprise' };
/** Only the head itself, or 各 and the head: the name shares the head of the one before it or says nothing of its kind. */
const BARE_HEAD = /^各?(?:人民政府|政府|党委|部门|单位|企业|机构|部委)$/;
const GOVERNMENT = /政府$/;
const PARTY = /(?:党委|党工委|党组|[省市县区旗州盟](?:（[^（）]*）)?委)$/;
const ENTERPRISE = /(?:集团|公司|企业|国企)$/;
/** A government's departments, together (`市直各部门`, `国务院各部委`, `各直属机构`) or by name (`省财政厅`, `市发展改革委`). */
const DEPARTMENTS = /(?:部门|部委|委办局|委办厅局|厅局|直属机构)$/;
const NAMED_DEPARTMENT = /.[^各](?:局|厅|委员会|办公室|委)$/;
/** Named like departments but not a government's: village and residents' committees, the 纪委, 政法委 and 监委. */
const NOT_DEPARTMENT = /(?:村民|居民|村|居)委员会$|(?:纪|政法|监)委$/;
/**
 * The level a department's name starts with (`市财政局`: 市), the government it belongs to. Not the start of a word
 * (`市场监管局`, `区域…`) nor of another organ (`市政府办公室`, `市委办公室`), which are read as no level.
 */
const LEVEL_PREFIX = /^([省市县区州盟旗])(?![场政容级域长委直属])/;
const LEVEL_EN: Readonly<Record<string, string>> = { 省: 'province', 市: 'city', 县: 'county', 区: 'district', 州: 'prefecture', 盟: 'league', 旗: 'banner' };
/** Offices a ministry runs in every place (税务, 海关, 气象, …): named with a level, yet no department of its government. */
const VERTICAL = /税务|海关|气象|烟草|邮政|金融监管|通信管理|消防救援|铁路|民航|调查队/;
/**
 * An addressee that names its own owner (`各…`, `省直各部门`, `国务院各部委`); one that does not (`教育局` in
 * `各县（市、区）人民政府、教育局`) shares the owner before it, and the two are read as one phrase.
 */
const OWN_OWNER = /^(?:各|[省市县区州盟旗乡镇]|国务院|中央|国家|中共|自治区|新疆生产建设兵团)/;
/** A region word standing for its place in a run that shares the head after it (`各省、自治区、直辖市` + `人民政府`). */
const REGION_WORD = /^各?(?:省|自治区|直辖市|计划单列市|副省级城市|设区的?市|地级市|县级市|市|地区|州|盟|县|区|旗|乡|镇|乡镇|街道|新疆生产建设兵团)(?:（[^（）]*）)?$/;
const OPENING = '（(〔【[';
const CLOSING = '）)〕】]';

interface Addressee {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

function kindOf(name: string): AddresseeKind | undefined {
  if (BARE_HEAD.test(name)) return undefined;
  if (GOVERNMENT.test(name)) return 'government';
  if (PARTY.test(name)) return 'party';
  if (ENTERPRISE.test(name)) return 'enterprise';
  if (DEPARTMENTS.test(name) || (NAMED_DEPARTMENT.test(name) && !NOT_DEPARTMENT.test(name))) return 'department';
  return undefined;
}

/** A department named on its own (`市财政局`), with its government's level: departments of one government are one kind. */
function departmentLevel(name: string): string | undefined {
  if (DEPARTMENTS.test(name) || VERTICAL.test(name) || kindOf(name) !== 'department') return undefined;
  return LEVEL_PREFIX.exec(name)?.[1];
}

/**
 * The addressees of a 主送 body and the mark after each (`、`, `，`, … or a space or line break), marks inside
 * brackets (`各县（市、区）`) not counted; a run of region words joins the addressee whose head it shares.
 */
function addresseesOf(text: string, start: number, end: number): { addressees: Addressee[]; marks: string[] } {
  const addressees: Addressee[] = [];
  const marks: string[] = [];
  /** The last addressee is so far only region words (`各省、自治区`): the next after a 、 joins it. */
  let regionRun = false;
  let depth = 0;
  let from = start;
  const close = (at: number, mark: string) => {
    if (at > from) {
      const piece = text.slice(from, at);
      const previous = addressees.at(-1);
      if (previous && regionRun && marks.at(-1) === '、') {
        addressees[addressees.length - 1] = { start: previous.start, end: at, name: text.slice(previous.start, at) };
        marks[marks.length - 1] = mark;
      } else {
        addressees.push({ start: from, end: at, name: piece });
        marks.push(mark);
      }
      regionRun = REGION_WORD.test(piece);
    }
    from = at + 1;
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、，,；;。\s]/.test(c)) close(i, c);
  }
  close(end, '');
  return { addressees, marks };
}

const shown = (name: string) => (name.length > SHOWN ? `${sliceWhole(name, 0, SHOWN)}……` : name);

export const elementAddressee: Rule = {
  id: 'element-addressee',
  category: 'element',
  defaultSeverity: 'warning',
  description: '主送机关写法不当：最后一个机关名称后标全角冒号“：”（GB/T 9704—2012 7.3.2）；机关之间同类用顿号“、”、不同类用逗号“，”，不用分号、句号或空格。',
  descriptionEn: 'Addressees: a full-width colon after the last one (GB/T 9704—2012 7.3.2); 、 within a kind, ， between kinds.',
  fixable: true,
  messages: {
    missingColon: '主送机关“{addressee}”后应标全角冒号“：”（GB/T 9704—2012 7.3.2）。',
    halfWidthColon: '主送机关后的冒号应为全角“：”，不用半角“:”（GB/T 9704—2012 7.3.2）。',
    wrongEnd: '主送机关后应标全角冒号“：”，不用“{mark}”（GB/T 9704—2012 7.3.2）。',
    separator: '主送机关之间不用“{mark}”分隔：同类机关之间用顿号“、”，不同类机关之间用逗号“，”。',
    space: '主送机关之间不用空格分隔：同类机关之间用顿号“、”，不同类机关之间用逗号“，”。',
    betweenKinds: '“{before}”是{beforeKind}，“{after}”是{afterKind}，不同类的主送机关之间用逗号“，”，不用顿号“、”。',
    withinKind: '“{before}”和“{after}”同为{level}级部门，同类的主送机关之间用顿号“、”，不用逗号“，”。',
  },
  messagesEn: {
    missingColon: 'The addressee “{addressee}” is followed by a full-width colon “：” (GB/T 9704—2012 7.3.2).',
    halfWidthColon: 'The colon after the addressee is the full-width “：”, not the half-width “:” (GB/T 9704—2012 7.3.2).',
    wrongEnd: 'The addressee is followed by a full-width colon “：”, not “{mark}” (GB/T 9704—2012 7.3.2).',
    separator: 'Addressees are not separated by “{mark}”: agencies of one kind by an enumeration comma “、”, of different kinds by a comma “，”.',
    space: 'Addressees are not separated by spaces: agencies of one kind by an enumeration comma “、”, of different kinds by a comma “，”.',
    betweenKinds: '“{before}” is {beforeKindEn} and “{after}” {afterKindEn}: addressees of different kinds are separated by a comma “，”, not an enumeration comma “、”.',
    withinKind: '“{before}” and “{after}” are both departments at the {levelEn} level: addressees of one kind are separated by an enumeration comma “、”, not a comma “，”.',
  },
  check(doc, ctx) {
    const text = doc.text;
    for (const { start, end } of trimmedElements(doc, 'addressee')) {
      const last = text[end - 1];
      const body = text.slice(start, last === '：' || last === ':' || WRONG_END.test(last) ? end - 1 : end);
      const addressee = shown(body);
      if (last === ':') {
        ctx.report({ messageId: 'halfWidthColon', start: end - 1, end, fixes: [{ ...fixTitle('toFullWidthColon'), edits: [{ start: end - 1, end, newText: '：' }], safe: true }] });
      } else if (WRONG_END.test(last)) {
        ctx.report({ messageId: 'wrongEnd', data: { mark: last }, start: end - 1, end, fixes: [{ ...fixTitle('toFullWidthColon'), edits: [{ start: end - 1, end, newText: '：' }], safe: false }] });
      } else if (last !== '：') {
        ctx.report({ messageId: 'missingColon', data: { addressee }, start, end, fixes: [{ ...fixTitle('addFullWidthColon'), edits: [{ start: end, end, newText: '：' }], safe: false }] });
      }
      for (const m of body.matchAll(WRONG_SEPARATOR)) {
        const at = start + m.index!;
        ctx.report({ messageId: 'separator', data: { mark: m[0] }, start: at, end: at + 1, fixes: [{ ...fixTitle('toComma'), edits: [{ start: at, end: at + 1, newText: '，' }], safe: false }] });
      }
      for (const m of body.matchAll(SPACE_SEPARATOR)) {
        const at = start + m.index!;
        ctx.report({ messageId: 'space', start: at, end: at + m[0].length, fixes: [{ ...fixTitle('toEnumerationComma'), edits: [{ start: at, end: at + m[0].length, newText: '、' }], safe: false }] });
      }
      const { addressees, marks } = addresseesOf(text, start, start + body.length);
      for (let i = 0; i + 1 < addressees.length; i++) {
        const [before, after] = [addressees[i], addressees[i + 1]];
        const at = before.end;
        const data = { before: shown(before.name), after: shown(after.name) };
        if (marks[i] === '、') {
          const [beforeKind, afterKind] = [kindOf(before.name), kindOf(after.name)];
          if (!beforeKind || !afterKind || beforeKind === afterKind || !OWN_OWNER.test(after.name)) continue;
          // 党委 and 政府 are named together: `各乡镇党委、政府`, `市委、市政府各部门` (the departments of both).
          if ((beforeKind === 'party' && after.name.includes('政府')) || (afterKind === 'party' && beforeKind === 'government')) continue;
          ctx.report({
            messageId: 'betweenKinds', data: { ...data, beforeKind: KIND_NAMES[beforeKind], afterKind: KIND_NAMES[afterKind], beforeKindEn: KIND_NAMES_EN[beforeKind], afterKindEn: KIND_NAMES_EN[afterKind] }, start: at, end: at + 1,
            fixes: [{ ...fixTitle('toComma'), edits: [{ start: at, end: at + 1, newText: '，' }], safe: false }],
          });
        } else if (marks[i] === '，') {
          const level = departmentLevel(before.name);
          if (!level || departmentLevel(after.name) !== level) continue;
          ctx.report({
            messageId: 'withinKind', data: { ...data, level, levelEn: LEVEL_EN[level] }, start: at, end: at + 1,
            fixes: [{ ...fixTitle('toEnumerationComma'), edits: [{ start: at, end: at + 1, newText: '、' }], safe: false }],
          });
        }
      }
    }
  },
};
