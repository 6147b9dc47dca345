import type { Rule } from '../rule';
import { elementsOf } from '../../model/frame';
import { dayNumber, lastDayOf } from '../dates';
import { inResidue } from '../frameText';

const D = '[0-9０-９]';
const WHEN = `((?:(${D}{4})年)?(${D}{1,2})月(?:(${D}{1,2})日|(底|末|上旬|中旬|下旬))?)`;
/** `3月底前`, `2023年5月10日前`, `6月30日之前完成`; not `前后`, `前夕`. */
const BEFORE = new RegExp(`${WHEN}(?:之前|以前|前)(?![后夕期])`, 'g');
/** `截止时间：5月10日`, `报名截止到5月10日`, `执行到2023年12月31日止`. */
const UNTIL = new RegExp(`(?:截止(?:时间|日期)?(?:为|到|至)?[：:]?|(?:执行|有效期)(?:至|到))[ \\u3000]*${WHEN}`, 'g');
/** `活动时间：3月22日`, `会议时间：2023年3月22日`: a plan's own schedule. */
const SCHEDULE = new RegExp(`(?:活动|会议|报名|培训|考试|申报|集中|实施|启动)?时间[：:][ \\u3000]*${WHEN}`, 'g');
/** `今年（2024年）`, `明年即2025年`, `2024年（今年）`. */
const RELATIVE_YEAR = new RegExp(`(今年|明年|去年)(?:（(?:即|是|为)?(${D}{4})年）|\\((?:即|是|为)?(${D}{4})年\\)|(?:即|是|为)(${D}{4})年)|(${D}{4})年(?:（(今年|明年|去年)）|\\((今年|明年|去年)\\))`, 'g');
const OFFSET: Readonly<Record<string, number>> = { 今年: 0, 明年: 1, 去年: -1 };
/** `4月31日`, `2025年2月29日`: a month and day written in figures (not part of a longer number). */
const MONTH_DAY = new RegExp(`(?<![0-9０-９.．])(?:(${D}{4})年)?(${D}{1,2})月(${D}{1,2})日`, 'g');

function num(s: string): number {
  let v = 0;
  for (const ch of s) v = v * 10 + ((ch.charCodeAt(0) >= 0xff10 ? ch.charCodeAt(0) - 0xff10 : ch.charCodeAt(0) - 0x30));
  return v;
}

/** The last day a written deadline allows; a date without a year is read in the year nearest the document's date. */
function deadlineDay(m: RegExpMatchArray, offset: number, signed: { year: number; day: number }): number | undefined {
  const month = num(m[offset + 2]);
  if (month < 1 || month > 12) return undefined;
  const dayOf = (year: number) => {
    const part = m[offset + 4];
    const day = m[offset + 3] ? num(m[offset + 3]) : part === '上旬' ? 10 : part === '中旬' ? 20 : lastDayOf(year, month);
    return day >= 1 && day <= 31 ? dayNumber(year, month, Math.min(day, lastDayOf(year, month))) : undefined;
  };
  if (m[offset + 1]) return dayOf(num(m[offset + 1]));
  const same = dayOf(signed.year);
  const next = dayOf(signed.year + 1);
  if (same === undefined || next === undefined) return undefined;
  return Math.abs(same - signed.day) <= Math.abs(next - signed.day) ? same : next;
}

export const consistencyDate: Rule = {
  id: 'consistency-date',
  category: 'consistency',
  defaultSeverity: 'hint',
  description: '日期有误：日历上没有的日期（如“4月31日”）；与成文日期矛盾：通知、方案中的期限或活动时间早于成文日期，“今年”“明年”旁边的年份与成文日期不符。',
  descriptionEn: 'A date that cannot be (4月31日), or contradicts the date of the document: a deadline or scheduled date before it, 今年/明年 beside a year that does not fit.',
  fixable: false,
  messages: {
    early: '“{when}”早于成文日期“{signed}”：文件印发时这一时间已过。请核对时间或成文日期。',
    relative: '“{phrase}”与成文日期“{signed}”不符：按成文日期，{word}是{expected}年。请核对。',
    impossible: '日期“{when}”不存在：{month}月只有{days}天。请核对日期。',
  },
  messagesEn: {
    early: '“{when}” is before the date of the document “{signed}”: that time had passed when the document was issued. Check the time or the date of the document.',
    relative: '“{phrase}” does not fit the date of the document “{signed}”: by that date, {word} is {expected}. Check it.',
    impossible: 'The date “{when}” does not exist: month {month} has {days} days. Check the date.',
  },
  check(doc, ctx) {
    const frame = doc.frame;
    // A day the calendar does not have (`4月31日`), in any document: a slip in the day or the month. Without a
    // year, 2月29日 is possible. Such a day is not compared with the date of the document as well.
    const impossible = new Set<number>();
    for (const m of doc.text.matchAll(MONTH_DAY)) {
      const month = num(m[2]);
      const day = num(m[3]);
      const days = month >= 1 && month <= 12 ? lastDayOf(m[1] ? num(m[1]) : 2024, month) : 0;
      if (days === 0 || (day >= 1 && day <= days) || inResidue(doc, m.index!)) continue;
      impossible.add(m.index! + m[0].length);
      ctx.report({ messageId: 'impossible', data: { when: m[0], month, days }, start: m.index!, end: m.index! + m[0].length });
    }
    if (!frame.date) return;
    const text = doc.text;
    const signedDate = frame.date;
    if (signedDate.year === undefined || signedDate.month === undefined || signedDate.day === undefined) return;
    const signed = { year: signedDate.year, day: dayNumber(signedDate.year, signedDate.month, signedDate.day) };
    const signedText = text.slice(signedDate.start, signedDate.end);
    // The frame's own dates (落款, 印发) are not deadlines.
    const own = [...elementsOf(frame, 'date'), ...elementsOf(frame, 'print-line'), ...elementsOf(frame, 'meeting-line')];
    const skip = (at: number) => inResidue(doc, at) || own.some((e) => e.start <= at && at < e.end);
    // Deadlines and schedules order what is still to be done: only in a 通知 or 方案.
    if (frame.genre === 'notice' || frame.genre === 'plan') {
      const reported = new Set<number>();
      for (const pattern of [BEFORE, UNTIL, SCHEDULE]) {
        for (const m of text.matchAll(pattern)) {
          const at = m.index! + m[0].indexOf(m[1]);
          if (skip(at) || reported.has(at) || impossible.has(at + m[1].length)) continue;
          const day = deadlineDay(m, 1, signed);
          if (day === undefined || day >= signed.day) continue;
          reported.add(at);
          ctx.report({ messageId: 'early', data: { when: m[1], signed: signedText }, start: at, end: at + m[1].length });
        }
      }
    }
    for (const m of text.matchAll(RELATIVE_YEAR)) {
      const at = m.index!;
      if (skip(at)) continue;
      const word = m[1] ?? m[6] ?? m[7];
      const year = num(m[2] ?? m[3] ?? m[4] ?? m[5]);
      const expected = signed.year + OFFSET[word];
      if (year === expected) continue;
      ctx.report({ messageId: 'relative', data: { phrase: m[0], signed: signedText, word, expected }, start: at, end: at + m[0].length });
    }
  },
};
