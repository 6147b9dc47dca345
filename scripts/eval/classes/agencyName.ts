import type { Edit, InjectionClass } from '../injection';
import { onePer } from '../injection';
import { NEAR_SOUNDS, nearSoundPositions, withNearSound } from './nearSounds';

/**
 * Official names of agencies as a drafter writes them: the State Council's departments and the usual
 * provincial 厅 and city or county 局 names after the 2018 and 2023 reforms, written for the eval from the
 * published lists, not read from `agencies.json` (the rules' dictionary). Longest first, so
 * `国家发展和改革委员会` is one occurrence, not `发展和改革委员会` inside it.
 */
const NAMES: readonly string[] = [
  '国家发展和改革委员会', '工业和信息化部', '人力资源和社会保障部', '住房和城乡建设部', '自然资源部', '生态环境部', '交通运输部',
  '农业农村部', '文化和旅游部', '国家卫生健康委员会', '应急管理部', '退役军人事务部', '国家市场监督管理总局', '国家金融监督管理总局',
  '国务院国有资产监督管理委员会', '国家税务总局', '国家医疗保障局', '国家林业和草原局', '国家广播电视总局', '国家知识产权局',
  '科学技术部', '教育部', '财政部', '商务部', '水利部', '民政部', '司法部', '公安部', '中国人民银行', '国务院办公厅', '国家统计局',
  '发展和改革委员会', '教育厅', '教育局', '科学技术厅', '科学技术局', '工业和信息化厅', '工业和信息化局', '经济和信息化厅',
  '经济和信息化局', '公安厅', '公安局', '民政厅', '民政局', '司法厅', '司法局', '财政厅', '财政局', '人力资源和社会保障厅',
  '人力资源和社会保障局', '自然资源厅', '自然资源和规划局', '自然资源局', '生态环境厅', '生态环境局', '住房和城乡建设厅',
  '住房和城乡建设局', '交通运输厅', '交通运输局', '水利厅', '水利局', '农业农村厅', '农业农村局', '商务厅', '商务局',
  '文化和旅游厅', '文化和旅游局', '卫生健康委员会', '退役军人事务厅', '退役军人事务局', '应急管理厅', '应急管理局', '审计厅',
  '审计局', '市场监督管理局', '统计局', '医疗保障局', '林业和草原局', '国有资产监督管理委员会', '人民政府办公厅', '人民政府办公室',
  '机关事务管理局', '行政审批局', '经济发展局', '社会事业局', '卫生健康委', '发展改革委', '市场监管局', '卫健委',
].sort((a, b) => b.length - a.length);

/**
 * The name a drafter remembers from before a reform (last year's plan copied, an old letterhead): the
 * 2018 renames (环境保护 → 生态环境, 国土资源 → 自然资源, 农业 → 农业农村, 卫生和计划生育 → 卫生健康,
 * 工商 → 市场监督管理, 安全生产监督管理 → 应急管理, 新闻出版广电 → 广播电视), the 2008 ones (建设 → 住房和城乡建设,
 * 劳动和社会保障 → 人力资源和社会保障, 信息产业 → 工业和信息化) and 2003 (国家发展计划委员会), 2023 (银保监会 →
 * 金融监管总局). Written from the reform plans; which of these the dictionary knows is what the eval measures.
 */
const FORMER: Readonly<Record<string, readonly string[]>> = {
  生态环境部: ['环境保护部'], 生态环境厅: ['环境保护厅'], 生态环境局: ['环境保护局', '环保局'],
  自然资源部: ['国土资源部'], 自然资源厅: ['国土资源厅'], 自然资源局: ['国土资源局'], 自然资源和规划局: ['国土资源局', '国土资源和规划局'],
  农业农村部: ['农业部'], 农业农村厅: ['农业厅'], 农业农村局: ['农业局'],
  文化和旅游部: ['文化部'], 文化和旅游厅: ['文化厅'], 文化和旅游局: ['文化广电新闻出版局'],
  国家卫生健康委员会: ['国家卫生和计划生育委员会'], 卫生健康委员会: ['卫生和计划生育委员会'], 卫生健康委: ['卫生计生委'], 卫健委: ['卫计委'],
  国家市场监督管理总局: ['国家工商行政管理总局'], 市场监督管理局: ['工商行政管理局'], 市场监管局: ['工商局'],
  应急管理部: ['国家安全生产监督管理总局'], 应急管理厅: ['安全生产监督管理局'], 应急管理局: ['安全生产监督管理局', '安监局'],
  国家金融监督管理总局: ['中国银行保险监督管理委员会'],
  住房和城乡建设部: ['建设部'], 住房和城乡建设厅: ['建设厅'], 住房和城乡建设局: ['建设局'],
  人力资源和社会保障部: ['劳动和社会保障部'], 人力资源和社会保障厅: ['劳动和社会保障厅'], 人力资源和社会保障局: ['劳动和社会保障局'],
  工业和信息化部: ['信息产业部'], 国家发展和改革委员会: ['国家发展计划委员会'], 国家广播电视总局: ['国家新闻出版广电总局'],
  国家林业和草原局: ['国家林业局'],
};

/**
 * A full name with its short form's head or tail (`发改委员会`: the short form is 发改委, the full name
 * 发展和改革委员会), the mix a drafter writes between the two. Not `发展改革委员会` (the 和 dropped, the
 * full ending kept), `国有资产监管委员会` or `市场监管局`: the dictionary derives those as short forms offices
 * write (`agency/derive.ts`: conjunction, short word), so they are left out here rather than counted against it.
 */
const MIXED: Readonly<Record<string, readonly string[]>> = {
  国家发展和改革委员会: ['国家发改委员会'], 发展和改革委员会: ['发改委员会', '发展改革委会'], 国家卫生健康委员会: ['国家卫健委员会'],
  卫生健康委员会: ['卫健委员会', '卫生健康委会'], 国有资产监督管理委员会: ['国资委员会'], 卫生健康委: ['卫生健康委会'], 发展改革委: ['发展改革委会'],
};

/** A name stands as a name: not the head of a longer word (`教育部门`, `财政部署`, `财政局长`), not the second half of a pair (`…和教育局`). */
function standsAsName(text: string, start: number, end: number): boolean {
  const last = text[end - 1];
  const after = text[end] ?? '';
  // `教育部门`, `财政部署` are no 部; `财政局长`, `审计厅级` no office either.
  if (last === '部' && /[门署际分]/.test(after)) return false;
  if (/[长级]/.test(after)) return false;
  return !/[和与]/.test(text[start - 1] ?? '');
}

/**
 * Agency names written wrong at the places the document names an agency: the name before a reform, a
 * full name mixed with its short form, 和 written 与 (`工业与信息化厅`), a character of a long name left out, a
 * character replaced by one of the same sound (`人力资源和社会保章厅`; not the first character, which may join the
 * level before it, nor the last, a different office's ending). Found when an agency finding touches it.
 */
export const agencyName: InjectionClass = {
  id: 'agency-name',
  name: '机构名称写错（旧称、全称简称混写、和/与、漏字、同音字）',
  category: 'agency',
  match: 'touch',
  reportVariants: true,
  perDocument: onePer(2000, 10),
  candidates(text, rng) {
    const out: Edit[] = [];
    const taken = new Set<number>();
    for (const name of NAMES) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (taken.has(at) || taken.has(end - 1) || !standsAsName(text, at, end)) continue;
        for (let i = at; i < end; i++) taken.add(i);
        const add = (newText: string, variant: string) => out.push({ start: at, end, newText, variant });
        for (const f of FORMER[name] ?? []) add(f, '旧称');
        for (const m of MIXED[name] ?? []) add(m, '全称简称混写');
        if (name.includes('和')) add(name.replace('和', '与'), '和写成与');
        if (name.length >= 6) {
          const inner = [...name].map((c, k) => (k > 0 && k < name.length - 1 && c !== '和' ? k : -1)).filter((k) => k >= 0);
          const k = rng.pick(inner);
          add(name.slice(0, k) + name.slice(k + 1), '漏字');
        }
        const sounds = nearSoundPositions(name, 1, name.length - 1).filter((k) => NEAR_SOUNDS[name[k]].length > 0);
        if (sounds.length) add(withNearSound(name, rng.pick(sounds), rng), '同音字');
      }
    }
    return out;
  },
};
