import { matchesOf } from '../injection';

/**
 * Figures in the untouched text that a writer could have left blank: an Arabic number before a unit
 * that needs one (`5%`, `1500万元`, `43家`, `3个百分点`), and an ordinal after 第 (`第十四届`, `第3次`).
 * Dates (`2024年3月`) are not quantities: a year left out before 年底 cannot be told from the word 年底.
 */
export const UNITS = [
  '万亿元', '亿元', '万元', '元', '万亩', '亩', '万吨', '亿吨', '吨', '万人次', '人次', '万户', '户', '万人', '人',
  '个百分点', '平方公里', '公里', '千米', '万千瓦', '千瓦', '家', '座', '所', '项', '次', '倍', '天', '个', '辆', '台', '套',
  '件', '处', '名', '%', '％',
];
const QUANTITY = new RegExp(`(?<![0-9０-９.．A-Za-z_/:\\-])([0-9]+(?:\\.[0-9]+)?)(${UNITS.join('|')})`, 'g');
const ORDINAL = /第([一二三四五六七八九十百零〇两]+|[0-9]+)(次|届|批|轮|期)/g;

export interface Figure {
  /** The number. */
  readonly start: number;
  readonly end: number;
  /** The unit after it. */
  readonly unit: string;
  /** `第` before it. */
  readonly ordinal: boolean;
}

export function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of matchesOf(text, QUANTITY)) out.push({ start: m.index, end: m.index + m[1].length, unit: m[2], ordinal: false });
  for (const m of matchesOf(text, ORDINAL)) out.push({ start: m.index + 1, end: m.index + 1 + m[1].length, unit: m[2], ordinal: true });
  return out;
}
