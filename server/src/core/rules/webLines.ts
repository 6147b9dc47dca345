import type { PolicyDocument } from '../model/document';

/**
 * Whole lines that came with a draft copied from a web page or a document site: page toolbars,
 * breadcrumbs and ad slots, contact spam, repost and source notices. They are classified once per
 * document; the residue rules report them and the punctuation rules skip them (one finding per line).
 */
export type WebResidueKind = 'navigation' | 'contact-spam' | 'source-notice';

export interface WebResidueLine {
  readonly line: number;
  /** Position in `doc.paragraphs`: consecutive residue lines form one block. */
  readonly paragraph: number;
  /** Content bounds (without indentation). */
  readonly start: number;
  readonly end: number;
  readonly kind: WebResidueKind;
  /** What the line is, in Chinese, for the message. */
  readonly what: string;
}

/** Residue lines are short; running text is never taken for one. */
const MAX_LENGTH = 160;

interface Pattern {
  readonly kind: WebResidueKind;
  readonly what: string;
  readonly re: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  { kind: 'navigation', what: '网页工具栏', re: /^(?:下载|打印|全屏|收藏|分享|加大|还原|减小|关闭|返回顶部|打印本页|关闭窗口|【|】|【?字号[：:]?|[【\[]?\s*[大中小](?:\s*[大中小]){1,2}\s*[】\]]?)$/ },
  { kind: 'navigation', what: '网页工具栏', re: /^(?:【(?:打印|关闭|收藏|返回顶部|打印本页|关闭窗口)】\s*)+$/ },
  { kind: 'navigation', what: '网站栏目导航', re: /^(?:首页|网站首页|主页)\s*[/>＞»|｜]|^当前位置[：:]/ },
  { kind: 'navigation', what: '网页广告位', re: /广告位/ },
  { kind: 'navigation', what: '网页发布信息', re: /^[A-Za-z0-9_]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:浏览量|浏览次数|阅读量|点击量|阅读数)\s*[：:]?\s*\d*$/ },
  { kind: 'navigation', what: '网页发布信息', re: /^(?:发布时间|发布日期|时间)[：:]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|^(?:来源|信息来源|文章来源)[：:]\s*\S{0,16}(?:日报|晚报|报社|新闻网|政府网|网站|客户端|网)$|^责任编辑[：:]/ },
  { kind: 'navigation', what: '网页图片说明', re: /(?:记者|摄影)\s*\S{2,4}\s*摄$/ },
  { kind: 'navigation', what: '网页模板文字', re: /^(?:自定义文字|验证码[：:]?|标签[：:].{0,20}|留言与评论.{0,20}|发表评论|相关文章|推荐阅读|分享到[：:]?.{0,20}|上一篇[：:].*|下一篇[：:].*)$/ },
  { kind: 'contact-spam', what: '联系方式广告', re: /👉|👈|联系老师|加微信|微信号[：:]|(?:QQ|qq)[号：:\s]*\d{5,}|扫码(?:关注|领取|添加)|代写/ },
  { kind: 'source-notice', what: '转载声明', re: /转载请注明|本文来源于|版权归原作者/ },
  { kind: 'source-notice', what: '数据库导出信息', re: /^【法宝引证码】|^原文链接[：:]\s*(?:https?:\/\/|www\.)/ },
  { kind: 'source-notice', what: '新闻转载的原标题', re: /^原标题[：:]/ },
  { kind: 'source-notice', what: '文档网站的样板文字', re: /由会员分享|可在线阅读|(?:\d+页)?珍藏版》|请在.{1,10}上搜索|文档下载|免费下载/ },
];

/** Any of the patterns: one test rejects a line that none matches (nearly every line of a real draft). */
const ANY = new RegExp(PATTERNS.map((pattern) => `(?:${pattern.re.source})`).join('|'));

const cache = new WeakMap<PolicyDocument, { readonly lines: readonly WebResidueLine[]; readonly set: ReadonlySet<number> }>();

function classify(doc: PolicyDocument): { readonly lines: readonly WebResidueLine[]; readonly set: ReadonlySet<number> } {
  let result = cache.get(doc);
  if (result) return result;
  const lines: WebResidueLine[] = [];
  for (let paragraph = 0; paragraph < doc.paragraphs.length; paragraph++) {
    const p = doc.paragraphs[paragraph];
    if (p.end - p.start > MAX_LENGTH) continue;
    const content = doc.text.slice(p.start, p.end);
    if (!ANY.test(content)) continue;
    const match = PATTERNS.find((pattern) => pattern.re.test(content));
    if (match) lines.push({ line: p.line, paragraph, start: p.start, end: p.end, kind: match.kind, what: match.what });
  }
  result = { lines, set: new Set(lines.map((r) => r.line)) };
  cache.set(doc, result);
  return result;
}

export function webResidueLines(doc: PolicyDocument): readonly WebResidueLine[] {
  return classify(doc).lines;
}

/** Line numbers of web residue: the punctuation rules skip them (the line is reported once, as residue). */
export function webResidueLineSet(doc: PolicyDocument): ReadonlySet<number> {
  return classify(doc).set;
}
