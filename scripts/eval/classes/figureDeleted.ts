import type { InjectionClass } from '../injection';
import { onePer } from '../injection';
import { figures } from './figures';

/** A figure deleted before its unit: `新增造林万亩`, `分别增长5%、%和8%`, `第次会议`. The injected text is the bare unit. */
export const figureDeleted: InjectionClass = {
  id: 'figure-deleted',
  name: '删去的数字',
  category: 'placeholder',
  match: 'touch',
  perDocument: onePer(2500, 12),
  candidates(text) {
    return figures(text).map((f) => ({
      start: f.start, end: f.end + f.unit.length, newText: f.unit,
      variant: f.ordinal ? '第_次' : f.unit === '%' || f.unit === '％' ? '_%' : '_单位',
    }));
  },
};
