/**
 * Chinese (and English) `enumDescriptions` for every enum value of the settings, so the settings UI
 * explains `onType`, `hint`, `default` instead of showing them raw. Added by `npm run docs` to every enum
 * in the generated settings schema; a value without a description here fails the generation.
 */

interface Text {
  readonly zh: string;
  readonly en: string;
}

/** By vocabulary: the property an enum belongs to (`run`), `severity` for the per-rule switches. */
const DESCRIPTIONS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  run: {
    onType: { zh: '边写边查：停止输入片刻（gongwen.debounce）后检查', en: 'While typing, after a short pause (gongwen.debounce)' },
    onSave: { zh: '保存时检查', en: 'When the file is saved' },
    manual: { zh: '仅在运行“公文：检查当前文档”时检查', en: 'Only when “Check the current document” is run' },
  },
  findingsLanguage: {
    auto: { zh: '随 VS Code 的界面语言（默认）：中文界面为中文，其他语言界面为英文', en: 'Follow the VS Code display language (default)' },
    zh: { zh: '总用中文', en: 'Always Chinese' },
    en: { zh: '总用英文', en: 'Always English' },
  },
  placeholderMode: {
    hint: { zh: '起草时：占位符只作提示（灰色虚线），不计入问题', en: 'While drafting: placeholders are hints only' },
    warning: { zh: '起草时：占位符按警告报告（默认）', en: 'While drafting: placeholders are warnings (default)' },
    final: { zh: '定稿检查：所有占位符按错误报告，gongwen-lint 以失败退出', en: 'Final check: every placeholder is an error' },
  },
  asOf: {
    today: { zh: '按今天的机构名称检查（默认）：沿用往年文件时提示已更名的机构', en: "Today's names (default)" },
    documentDate: { zh: '按每份文件的成文日期检查：审阅存档文件时用，成文时名称正确的不再提示', en: "Each document's own date (reviewing an archive)" },
  },
  severity: {
    default: { zh: '使用规则自己的默认级别', en: "The rule's own default severity" },
    off: { zh: '关闭此规则', en: 'Switch the rule off' },
    error: { zh: '错误', en: 'Error' },
    warning: { zh: '警告', en: 'Warning' },
    information: { zh: '信息', en: 'Information' },
    hint: { zh: '提示（不计入问题面板的数目）', en: 'Hint' },
  },
  levels: {
    国家: { zh: '中央和国家机关', en: 'Central and national bodies' },
    省: { zh: '省级（含自治区、直辖市）', en: 'Province level' },
    市: { zh: '市级（地级市、州、盟）', en: 'City (prefecture) level' },
    县: { zh: '县级（县、县级市、旗）', en: 'County level' },
    区: { zh: '市辖区', en: 'Urban district' },
    乡镇: { zh: '乡镇、街道', en: 'Township and street level' },
  },
  kind: {
    党委: { zh: '党委及其工作部门', en: 'Party committee and its departments' },
    人大: { zh: '人民代表大会及其常委会', en: "People's congress" },
    政府: { zh: '人民政府及其组成部门', en: "People's government and its departments" },
    政协: { zh: '政治协商会议', en: 'Political consultative conference' },
    纪委监委: { zh: '纪律检查委员会、监察委员会', en: 'Discipline inspection and supervision commission' },
    审判机关: { zh: '人民法院', en: "People's court" },
    检察机关: { zh: '人民检察院', en: "People's procuratorate" },
    群团: { zh: '工会、共青团、妇联等群团组织', en: "Mass organisations (trade union, youth league, women's federation)" },
    垂直管理: { zh: '垂直管理的机构（如海关、税务）', en: 'Vertically managed bodies (customs, taxation)' },
    议事协调: { zh: '议事协调机构及其办公室', en: 'Coordinating bodies and their offices' },
    其他: { zh: '其他机构', en: 'Other bodies' },
  },
  prefixes: {
    none: { zh: '无需前缀（如“国务院”）', en: 'Needs no prefix' },
    place: { zh: '前面写地名或层级（如“长春市”“市”）', en: 'After a place name or level (市, 长春市)' },
    party: { zh: '前面写党委（如“市委”“省委”）', en: 'After a party committee (市委)' },
    branch: { zh: '分支机构，前面写地名（如“中国人民银行××分行”）', en: 'A branch office, after a place name' },
  },
};

type Schema = Record<string, unknown>;

/**
 * The settings schema with `enumDescriptions` beside every `enum` (as `%enum.<vocabulary>.<value>%`
 * keys), and the strings for both nls files.
 */
export function withEnumDescriptions(properties: Record<string, unknown>): { properties: Record<string, unknown>; zh: Record<string, string>; en: Record<string, string> } {
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  const visit = (node: unknown, vocabulary: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => visit(n, vocabulary));
    if (!node || typeof node !== 'object') return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node as Schema)) {
      // A property's vocabulary is its name; each rule of `gongwen.rules` takes a severity.
      out[key] = key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Schema).map(([name, v]) => [name, visit(v, vocabulary === 'rules' ? 'severity' : name)]))
        : visit(value, vocabulary);
    }
    if (Array.isArray(out.enum)) {
      out.enumDescriptions = (out.enum as string[]).map((value) => {
        const text = DESCRIPTIONS[vocabulary]?.[value];
        if (!text) throw new Error(`no enumDescription for ${vocabulary}: ${value} (scripts/enumDescriptions.ts)`);
        const nls = `enum.${vocabulary}.${value}`;
        zh[nls] = text.zh;
        en[nls] = text.en;
        return `%${nls}%`;
      });
    }
    return out;
  };
  const result = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, visit(value, key.replace(/^gongwen\./, '').split('.').pop()!)]));
  return { properties: result, zh, en };
}
