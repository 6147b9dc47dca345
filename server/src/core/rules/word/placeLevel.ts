import type { Place } from '../../places/places';
import type { Rule } from '../rule';
import { whitelisted } from './lists';
import { placeMentions } from './placeScan';
import { fixTitle } from '../fixTitles';

/**
 * `广西省`, `深圳县`, `慈利市`: a short name with a level character that makes no division's name.
 * Only 省/市/县: `黔东南州`, `延边州` and `广西区` are accepted short forms, and `X区` is often a zone.
 */
const LEVELS = '省市县';
/** After the level character: it starts another word (`江西市场`, `浙江市县两级`, `省份`). */
const NOT_AFTER: Readonly<Record<string, string>> = { 省: '市县区级际份域直属委政厅部长会', 市: '场民值容面井县区州级域', 县: '市区乡级域' };
/** Short names that are also common words (`新城市`, `和平市场`): never taken for a place before a level character. */
const COMMON_WORDS = new Set([
  '新城', '新华', '和平', '长安', '城关', '前进', '红旗', '向阳', '东风', '胜利', '光明', '友谊', '团结', '解放', '中山', '东方', '江南', '江北',
  '河东', '河西', '城中', '城东', '城西', '城北', '城南', '市中', '金山', '南山', '北山', '西山', '东山', '青山', '宝山', '黄山', '平安', '永和',
  '太平', '安定', '长宁', '富民', '兴安', '新兴', '新市', '永安', '安宁', '新民', '白云', '港口', '南海', '东海', '北海', '龙泉', '清河', '大方',
  '资源', '合作', '共和', '互助', '同心', '平原', '乐业', '天等', '大化', '文明', '和谐', '民主', '友好', '新乐', '安新', '正定', '长治', '大同',
  '海港', '开平', '新区', '城区', '郊区', '矿区', '上城', '下城', '市北', '市南', '普陀', '鼓楼', '江城', '西湖', '大安', '平山', '南岗',
  '会同', '通道', '公安', '河口', '石林', '凤凰', '红河', '永定', '安化', '和顺', '长顺', '青龙', '长寿', '安远', '全南', '定南', '安福', '建始',
]);

function suggestion(places: readonly Place[]): string {
  return [...new Set(places.map((p) => p.name))].slice(0, 3).join('”或“');
}

const AUTONOMOUS_COUNTY: ReadonlySet<string> = new Set(['自治县', '自治旗']);

export const wordPlaceLevel: Rule = {
  id: 'word-place-level',
  category: 'word',
  defaultSeverity: 'warning',
  description: '地名级别或名称错误：用错了行政区的级别（如“广西省”应为“广西壮族自治区”，“深圳县”应为“深圳市”）。',
  descriptionEn: 'A place name with the wrong level (广西省 → 广西壮族自治区, 深圳县 → 深圳市).',
  fixable: false,
  scope: 'paragraph',
  messages: {
    level: '“{written}”有误：{short}是{kind}，应为“{right}”。',
  },
  messagesEn: {
    level: '“{written}” is wrong: write “{right}”.',
  },
  check(doc, ctx) {
    const table = ctx.resources.places;
    if (!table) return;
    const text = doc.text;
    for (const m of placeMentions(doc, ctx.resources)) {
      if (m.form !== 'short' || m.end >= text.length) continue;
      const level = text[m.end];
      if (!LEVELS.includes(level)) continue;
      const short = text.slice(m.start, m.end);
      if (COMMON_WORDS.has(short)) continue;
      const next = text[m.end + 1];
      if (next !== undefined && NOT_AFTER[level].includes(next)) continue;
      if (level === '市' && short.endsWith('城')) continue;
      // `长阳县` for 长阳土家族自治县 is the usual short form.
      if (level === '县' && m.places.every((p) => AUTONOMOUS_COUNTY.has(p.kind))) continue;
      // Historical: `原慈利市`, `原XX县`.
      if (m.start > 0 && '原旧前'.includes(text[m.start - 1])) continue;
      if (whitelisted(doc, ctx, m.start, m.end + 1)) continue;
      const kinds = [...new Set(m.places.map((p) => p.kind))].join('或');
      const right = suggestion(m.places);
      const written = short + level;
      ctx.report({
        messageId: 'level', data: { written, short, kind: kinds, right },
        start: m.start, end: m.end + 1,
        fixes: m.places.length === 1 ? [{ ...fixTitle('replace', { text: m.places[0].name }), edits: [{ start: m.start, end: m.end + 1, newText: m.places[0].name }], safe: false }] : [],
      });
    }
  },
};
