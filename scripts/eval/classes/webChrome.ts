import type { Edit, InjectionClass } from '../injection';
import { lineBreakOf } from '../injection';
import type { Rng } from '../rng';

/**
 * Web page chrome a copy from a government site brings along, in layouts written for the eval (none
 * is a corpus document's): each is a block of lines put before the document or after it, the way a
 * page's header and footer come with the text. Values (dates, counts, names) vary per injection.
 */
function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function date(rng: Rng): string {
  return `${2019 + rng.int(7)}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
}

function time(rng: Rng): string {
  return `${pad(8 + rng.int(10))}:${pad(rng.int(60))}`;
}

const SECTIONS = ['信息公开', '政务公开', '通知公告', '政策文件', '部门文件', '政府文件', '工作动态', '规划计划'];
const OFFICES = ['市人民政府办公室', '县人民政府办公室', '区发展和改革局', '市生态环境局', '省人民政府', '市政府门户网站'];
const PEOPLE = ['王明', '李华', '张晓燕', '陈东', '刘洋', '赵磊'];

type Layout = (rng: Rng) => string[];

/** Where a layout goes: before the document (page header) or after it (page footer). */
const HEADERS: Readonly<Record<string, Layout>> = {
  /** A breadcrumb without 当前位置, one item per line. */
  'breadcrumb-lines': (rng) => ['首页', '>', rng.pick(SECTIONS), '>', rng.pick(SECTIONS)],
  /** A breadcrumb on one line with › or | separators. */
  'breadcrumb-inline': (rng) => [`首页 › ${rng.pick(SECTIONS)} › ${rng.pick(SECTIONS)}`],
  /** Labels with their values on the next line. */
  'label-value-lines': (rng) => ['发布日期：', `${date(rng)} ${time(rng)}`, '来源：', rng.pick(OFFICES), '浏览次数：', String(100 + rng.int(9000))],
  /** Page metadata on one line, separated by spaces. */
  'meta-line': (rng) => [`发布时间：${date(rng)}　来源：${rng.pick(OFFICES)}　作者：${rng.pick(PEOPLE)}　阅读：${10 + rng.int(5000)}次`],
  /** A font-size widget split over lines. */
  'font-size-lines': () => ['【字体：', '大', '中', '小', '】', '【打印】', '【关闭】'],
  /** A bare timestamp line and a source line. */
  'timestamp': (rng) => [`${date(rng)} ${time(rng)}:${pad(rng.int(60))}`, `信息来源：${rng.pick(OFFICES)}`],
  /** A collector's notice at the top of a Markdown file. */
  'collector-notice': (rng) => [`> 本文整理自${rng.pick(OFFICES)}网站，仅供学习参考，以正式发布版本为准。`, '', '---'],
  /** Share and QR-code widgets. */
  'share-widget': () => ['分享到：', '微信', '微博', 'QQ空间', '扫码在手机上查看'],
};

const FOOTERS: Readonly<Record<string, Layout>> = {
  /** Editor and reviewer credits. */
  'editor-credits': (rng) => [`责任编辑：${rng.pick(PEOPLE)}`, `审核：${rng.pick(PEOPLE)}`],
  /** Print and close buttons, a QR prompt. */
  'print-close': () => ['【打印本页】　【关闭窗口】', '扫一扫在手机打开当前页'],
  /** Previous / next article links. */
  'prev-next': (rng) => [`上一篇：关于做好${rng.pick(SECTIONS)}工作的通知`, `下一篇：${rng.pick(OFFICES)}${2019 + rng.int(7)}年工作要点`],
  /** The site footer. */
  'site-footer': (rng) => [
    '相关链接：', '中国政府网', '国务院部门网站',
    `主办单位：${rng.pick(OFFICES)}　承办单位：${rng.pick(OFFICES)}信息中心`,
    `网站标识码：${3500000000 + rng.int(99999999)}　备案号：闽ICP备${10000000 + rng.int(8999999)}号`,
    '网站地图 | 联系我们 | 使用帮助',
  ],
  /** A share widget after the text. */
  'share-widget': () => ['分享到：', '微信', '微博', 'QQ空间', '扫码在手机上查看'],
};

/** One block before the document and one after it, in a layout drawn per injection. */
export const webChrome: InjectionClass = {
  id: 'web-chrome',
  name: '网页残留块（多种版式）',
  category: 'residue',
  match: 'cover',
  perDocument: () => 2,
  spacing: 0,
  avoidFindings: false,
  candidates(text, rng) {
    const br = lineBreakOf(text);
    const out: Edit[] = [];
    const header = rng.pick(Object.keys(HEADERS));
    const lines = HEADERS[header](rng);
    // The block and the line break that separates it from the document (so the text starts on a line of its own).
    out.push({ start: 0, end: 0, newText: lines.join(br) + br, variant: `header:${header}` });
    const footer = rng.pick(Object.keys(FOOTERS));
    out.push({ start: text.length, end: text.length, newText: br + FOOTERS[footer](rng).join(br), variant: `footer:${footer}` });
    return text.length > 0 ? out : [];
  },
};
