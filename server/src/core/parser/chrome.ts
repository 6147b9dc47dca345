import type { ChromeKind } from '../model/frame';
import { wordAlternation } from '../text/alternation';
import { charCodeTable, isWhitespaceCode } from '../text/chars';

/**
 * What web pages, document sites and collectors put around a document, by the shape of a line (or of
 * a span in a line a page ran together). The frame (`frame.ts`) decides where such text is residue:
 * only in the zones before and after the document, never in its body, where a label line
 * (`时间：2024年3月12日`) is content.
 *
 * A *strong* line is page clutter in any reading (a toolbar, a breadcrumb, `发布时间：…`, `浏览量`);
 * a *weak* line (a short line without sentence punctuation, a label with its value on the next line,
 * a lone bracket) is clutter only inside a block a strong line starts.
 */

export interface ChromeLine {
  readonly kind: ChromeKind;
  /** What the line is, in Chinese, for messages. */
  readonly what: string;
}

/** Residue lines are short; running text is never taken for one. */
export const MAX_CHROME_LINE = 160;

/** Widget and toolbar words: a line made of nothing else is a toolbar, a line with one is a widget's debris. */
const WIDGET_WORDS = [
  '下载', '打印', '全屏', '收藏', '分享', '关闭', '返回顶部', '返回', '打印本页', '打印此页', '关闭窗口', '关闭本页', '字号', '字体',
  '加大', '还原', '减小', '默认', '放大', '缩小', '大', '中', '小', '微信', '微博', '新浪微博', '腾讯微博', 'QQ空间', 'QQ', '朋友圈',
  '全真版', '文字版', '文件下载', '附件下载', '扫一扫', '二维码', '手机版', '手机查看', '在手机上查看', '扫码在手机上查看', '用手机扫描二维码',
  '视力保护色', '护眼模式', '繁体', '简体', '繁體', '无障碍', '分享到', '纠错', '我要纠错', '在线留言',
  '点赞', '赞', '评论', '转发', '举报', '在看', '关注', '返回列表', '站内搜索', '全站搜索', '高级检索', '展开全文', '查看全文', '听新闻',
].sort((a, b) => b.length - a.length);
/**
 * Buttons whose words a sentence uses too (`特此回复`, `请登录平台注册`, `阅读全文`): a toolbar only as a line made of
 * such words, or in brackets; never a widget's debris or a span of a run-together line.
 */
const BUTTON_WORDS = [
  '回复', '引用', '使用道具', '登录', '注册', '搜索', '检索', '阅读全文', '语音播报', '朗读', '播放', '暂停',
  '我要咨询', '我要评价', '我要留言', '我要投诉', '在线咨询', '满意度调查', '继续阅读', '不再提示', '发送', '立即下载',
];
const LINE_WORDS = [...WIDGET_WORDS, ...BUTTON_WORDS].sort((a, b) => b.length - a.length);
/** A line of widgets, a social bar's counts included (`转发 12`, `评论 0`). */
const WIDGET_LINE = new RegExp(`^(?:[\\s【】\\[\\]［］：:|｜丨·、/×✕╳]|(?:${LINE_WORDS.join('|')})(?:[ \\u3000]*[0-9]+)?)+$`);
const WIDGET_WORD = new RegExp(WIDGET_WORDS.filter((w) => w.length > 1).join('|'));
/** A widget run inside a line a page ran together: `微信 微博 QQ空间`, `附件下载`. */
const WIDGET_SPAN = new RegExp(`(?:${WIDGET_WORDS.filter((w) => w.length > 1).join('|')})(?:[ \\u3000]+(?:${WIDGET_WORDS.filter((w) => w.length > 1).join('|')}))*(?=[ \\u3000]|$)`, 'y');
/** A bracketed button inside a run-together line (`【打印本页】`, `[关闭窗口]`), and a QR prompt up to the next space (`扫一扫在手机打开`). */
const BUTTON_SPAN = new RegExp(`[【\\[［](?:我要)?(?:${LINE_WORDS.join('|')})[】\\]］]|(?:扫一扫|扫码|扫描二维码|用手机扫描)[^\\s。，；]{0,12}(?=[ \\u3000]|$)`, 'y');

/** Page metadata labels: a line `label：value` with one of them is the page's, not the document's. */
const METADATA_LABELS = [
  '发布时间', '发布日期', '发布机构', '发布者', '发布人', '信息来源', '文章来源', '稿件来源', '来源', '作者', '责任编辑', '编辑', '审核', '校对',
  '供稿', '撰稿', '通讯员', '摄影', '索引号', '主题分类', '主题词', '发文机关', '成文日期', '发文字号', '有效性', '文号', '栏目',
  '标题', '本地目录', '点击数', '浏览次数', '阅读次数', '字号', '更新时间', '时效性', '体裁分类', '组配分类', '服务对象',
  '公开方式', '公开范围', '公开时限', '信息分类', '生成日期', '统一编号', '所属机构', '关键词', '录入', '上传',
  '发文机构', '发文日期', '内容概述', '信息名称', '公开日期', '上传人', '上传时间', '文档编号',
];
/**
 * The labels of a 政府信息公开 page's metadata (and a document site's upload record), which no 公文 prints as a line of its own:
 * alone on a line, with or without a bullet (`· 索引号` / `11350100/2024-00123`), the label's value is on the next line.
 */
const DISCLOSURE_LABELS = [
  '索引号', '主题分类', '发文机关', '发文机构', '成文日期', '发文字号', '发文日期', '发布机构', '发布日期', '生成日期', '有效性', '时效性',
  '体裁分类', '组配分类', '服务对象', '公开方式', '公开范围', '公开时限', '信息分类', '统一编号', '所属机构', '内容概述', '信息名称',
  '公开日期', '上传人', '上传时间', '文档编号',
];
const BULLET = '[·•▪■●◆▸►‧∙・][ \\u3000]*';
/**
 * The spacing a page sets between a label's letters (`索 引 号：`, `发　布　日　期：`). Unbounded, not `{0,2}`: V8
 * expands a bounded count into copies at every letter of every label, and compiling the expanded alternation took
 * about 100 ms of every process's first parse (every CLI run). Wider by no more than letter spacing of any width.
 */
const LABEL_GAP = '[ \\u3000]*';
/** `· 索引号`, `▪成文日期`: a bulleted label alone (its value on the next line), and a bulleted label with its colon. */
const DISCLOSURE_LABEL_LINE = new RegExp(`^(?:${BULLET})?${wordAlternation(DISCLOSURE_LABELS, LABEL_GAP)}[ \\u3000]*[：:]?$`);
/** Letter-spaced labels (`索 引 号：`, `有 效 性：`) read as their letters. */
const METADATA_LABEL = wordAlternation(METADATA_LABELS, LABEL_GAP);
/**
 * `发布日期：…`, `本文来源：…`, a database export's bracketed form `【发布日期】2023.07.28`, and a table row copied with
 * its cells split by tabs (`索引号⇥11350100/…`).
 */
const METADATA_LINE = new RegExp(`^(?:${BULLET})?(?:本文|文章|信息|稿件|新闻|原文)?${METADATA_LABEL}(?:[ \\u3000]*[：:丨｜]|\\t)|^【${METADATA_LABEL}】|^\\|[ \\t]*${METADATA_LABEL}[ \\t]*[：:]?[ \\t]*\\|`);
/** Inside a run-together line: the label and its value up to the next space (a time of day included). */
const METADATA_SPAN = new RegExp(`${METADATA_LABEL}[ \\u3000]*[：:][ \\u3000]*(?:\\d{4}-\\d{1,2}-\\d{1,2}(?:[ \\u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?)?|[^ \\u3000]{0,80})`, 'y');
/** A font-size widget without brackets (`字号：大 中 小`): the label and its sizes, not the label's first value only. */
const FONT_SIZE_SPAN = /(?:字号|字体)[：:][ \u3000]*[大中小](?:[ \u3000]*[大中小]){1,2}(?=[ \u3000]|$)/y;
/** `时间：2023-03-30 15:53`: a bare 时间 label is a page's only with a web timestamp after it. */
const TIMESTAMP_LABEL_SPAN = /(?:时间|日期)[：:][ \u3000]*\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?/y;
/** `当前位置：首页 > 政务公开`, `首页 > 政务公开 > 通知公告` (the items may be spaced around their separators). */
const BREADCRUMB_SPAN = /(?:(?:当前位置|您的位置|您现在的位置|您所在的位置|所在位置)[：:][ \u3000]*[^ \u3000]{0,80}|(?:首页|网站首页|主页)(?=[ \u3000]*[>＞»›/|｜]))(?:[ \u3000]*[>＞»›/|｜]{1,2}[ \u3000]*[^\s>＞»›/|｜]{1,12})*/y;
const LINK_SPAN = /(?:相关[\u4e00-\u9fff]{1,4}|H5解读|视频解读|图解|原文链接)[：:][ \u3000]*(?:-->|https?:\/\/[!-~]+)?/y;
/** Collector and database marks inside a line: `【法宝引证码】 CLI.11.4619854`, `<!-- INFO END -->`. */
const COLLECTOR_SPAN = /【法宝引证码】[ \u3000]*[A-Za-z0-9.]*|<!--(?!\s*gongwen-)[^\n]{0,80}?-->|={3,}[^=\n]{0,20}={3,}/y;
/** A toolbar run together without spaces (`下载打印全屏收藏`), and a font-size widget `【字号：加大还原减小】`. */
const GLUED_WIDGETS = new RegExp(`(?:${WIDGET_WORDS.filter((w) => w.length > 1).join('|')}){2,}|【(?:字号|字体)[：:][^】\n]{0,16}】`, 'y');

/** A timestamp alone (`2025-11-03 10:20`, `2021/3/12`): 公文 write dates with 年月日. */
const TIMESTAMP_LINE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \u3000T]+\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A date with the time of day run on to it (`2024-03-15 08:27:19`, `2024年03月15日08:27`): a page's, never a 公文's. */
const WEB_TIMESTAMP = '(?:\\d{4}|\\d{2}(?=-))(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)[ \\u3000T]*\\d{1,2}:\\d{2}(?::\\d{2})?';
/** A token of a byline: no space, no sentence mark, not a label waiting for its value. */
const BYLINE_TOKEN = '[^\\s。，；！？,;!?]{1,24}';
/**
 * A byline with a web timestamp: the timestamp opens the line (`2024年03月15日08:27 | 来源：人民网`) or stands among
 * space-separated words (`原创　某某发布　2024-03-15 18:00　发表于福建`). A label's value (`时间：2024-03-12 09:30`) is not one.
 */
const BYLINE = new RegExp(`^${WEB_TIMESTAMP}(?:[ \\u3000|｜]*${BYLINE_TOKEN})?(?:[ \\u3000|｜]+${BYLINE_TOKEN})*$|^(?:${BYLINE_TOKEN}(?<![：:])[ \\u3000]+){1,6}${WEB_TIMESTAMP}(?:[ \\u3000|｜]+${BYLINE_TOKEN})*$`);
/** A bar of site links (`网站地图 | 联系我们 | 使用帮助`): three or more short items with Han text between bars. A table row starts with its bar. */
const LINK_BAR = /^[^\s|｜丨。，；]{0,8}[\u4e00-\u9fff][^\s|｜丨。，；]{0,8}(?:[ \u3000]*[|｜丨][ \u3000]*[^\s|｜丨。，；]{0,8}[\u4e00-\u9fff][^\s|｜丨。，；]{0,8}){2,}$|^[A-Za-z][A-Za-z ]{0,15}(?:[ \u3000]*[|｜丨/][ \u3000]*[A-Za-z][A-Za-z ]{0,15})+$/;
/** Editorial roles of a news page's credits. */
const EDITORIAL_ROLE = '(?:责任编辑|责编|编辑|审核|审校|校对|监制|值班编辑|编审|初审|复审|终审|统筹|策划|主编|美编|作者|记者|通讯员|摄影|摄像|录入)';
/** A role as a page's credits write it, with the desk or the medium before it (`栏目主编`, `文字编辑`, `文章录入`). */
const CREDIT_ROLE = `[\\u4e00-\\u9fff]{0,2}${EDITORIAL_ROLE}`;
/** A credits line, `编审：张华　终审：李强`: two or more roles with their names and nothing else. */
const CREDITS_LINE = new RegExp(`^${CREDIT_ROLE}[：:][^\\s：:。，；]{1,12}(?:[ \\u3000]+${CREDIT_ROLE}[：:][^\\s：:。，；]{1,12})+$`);
/** A source or a credit in brackets on its own line: `（视频来源：央视新闻）`, `（总台记者 王某 李某）`, `（本文来源：…）`. */
const BRACKETED_CREDIT = /^[（(][^（）()。；]{0,6}(?:来源|记者|编辑|摄影|摄像|通讯员|作者)[：:\s][^（）()。；]{1,40}[）)]$/;
/**
 * A list's label: related content (`相关文件：`, `相关解读`), the recommendations under an article (`往期推荐`,
 * `猜你喜欢`, `推荐阅读`) and an assistant's suggested questions (`猜你想问：`). The lines under it are its items.
 */
const RELATED_LABEL = /^(?:相关[\u4e00-\u9fff]{1,4}|往期(?:推荐|回顾|精选|精彩)|精彩(?:推荐|回顾)|猜你(?:喜欢|想看|想问|想搜)|更多(?:精彩|推荐)|(?:推荐|延伸|热门)(?:阅读|文章)|热门推荐|大家都在(?:看|问|搜)|常见问题)[：:]?$/;
/**
 * What a page prints around an article for its readers, not the article: an app's prompt (`打开APP，阅读体验更佳`),
 * a "more" link (`返回搜狐，查看更多`, `点击查看大图`), a comment box's boilerplate (`请文明上网，理性发言`, `已有0人参与`),
 * a search box's hint.
 */
const PAGE_FURNITURE = new RegExp([
  '^(?:打开|下载|安装)(?:APP|App|app|客户端)[^。！？]{0,16}$',
  '^返回[^\\s，,。]{1,8}[，,][ \\u3000]*查看更多$|^查看更多[^。，；]{0,8}$|^点击查看(?:大图|原图|原文|全文|更多)$',
  '^(?:网友|读者|用户|精彩|最新|热门)评论$|^请文明(?:上网|发言)[^。]{0,16}$|^已有[0-9]+人参与[^。，；]{0,12}$',
  '^请输入[^。，；！？]{0,16}$',
].join('|'));
/**
 * The page speaking to its reader about the page, the site or the browser, not about the document: a search
 * snapshot's banner (`您查询的关键词是：…`), a browser warning (`您当前使用的浏览器版本过低…`), a visitor counter
 * (`您是本站第 1234567 位访客`), a portal's greeting and date (`欢迎访问…网站！`, `今天是：2024年4月2日 星期二`), an
 * assistant's greeting (`您好！我是小榕，请问有什么可以帮您？`). Sentences, but their subject is the reader's visit.
 */
const PAGE_NOTICE = new RegExp([
  '^您(?:当前|现在|目前|正在)?所?(?:使用|访问|查询|浏览|查看|搜索)的(?:浏览器|网页|页面|关键词|关键字|内容|网站)',
  '(?:网页|页面|百度|搜狗|360)快照',
  '浏览器(?:版本)?(?:过低|太旧|过旧|不兼容)',
  '^您是本(?:站|网站|网)的?第[ \\u3000]*[0-9,]+[ \\u3000]*位访(?:客|问者)',
  '^欢迎(?:访问|来到|光临|进入|登录)[^。，！!？?]{1,30}(?:网站|网|平台|门户|本站|主页|官网|客户端)[！!。]?$',
  '^今天是[：:]?[ \\u3000]*\\d{4}年\\d{1,2}月\\d{1,2}日(?:[ \\u3000]*星期[一二三四五六日天])?$',
  '^(?:您好|你好)[！!，,]?[ \\u3000]*我是[^。！!？?]{1,16}[，,]?[ \\u3000]*(?:请问)?(?:有什么|有啥)(?:可以|能)帮(?:您|你|到您|到你)',
  '^(?:智能问答|智能客服|在线客服|智能助手|智能机器人)$',
  '^(?:特别|免责|版权|平台)声明[：:]?$',
  '^[—\\-－=~～]*[ \\u3000]*(?:END|End|THE END)[ \\u3000]*[—\\-－=~～]*$',
].join('|'));
/** A platform's statement that it only hosts what its users post: `…仅代表该作者或机构观点，不代表澎湃新闻的观点或立场…`. */
const PLATFORM_STATEMENT = /仅代表(?:该)?(?:作者|发布者|用户)(?:或机构)?(?:本人)?(?:的)?(?:个人)?观点|仅提供信息(?:发布|存储)(?:平台|空间)|信息存储空间服务/;
/** A media player's time and speed (`00:00 / 03:25`, `倍速 1.0x`), an app's timer (`本篇学习时长　05:12`). */
const PLAYER = /^\d{1,2}:\d{2}(?::\d{2})?[ \u3000]*\/[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?$|^倍速[ \u3000]*[0-9.]+[xX×倍]?$|^[\u4e00-\u9fff]{0,6}(?:时长|用时|倒计时)[ \u3000]*[：:]?[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?$/;
/** Buttons for the page in another format: `下载WORD版　下载PDF版`. */
const FORMAT_BUTTONS = /^(?:(?:下载|导出|打印)?(?:WORD|Word|word|PDF|pdf|WPS|wps|OFD|ofd)(?:版|文档|格式)?(?:下载)?[ \u3000|｜]*)+$/;
/** A breadcrumb or a link bar of Markdown links: `[首页](https://…) > [政务公开](https://…)`. */
const MARKDOWN_LINK_BAR = /^(?:\[[^\]\n]{1,12}\]\([^)\s]*\)[ \u3000]*[>＞»›/|｜]{1,2}[ \u3000]*)+\[[^\]\n]{1,12}\]\([^)\s]*\)$/;
/** The page's warning that the article is old, about the page itself: `（温馨提示：）本文发布于3年前，所涉政策可能已调整`. */
const STALE_NOTICE = /^(?:[（(]?(?:温馨)?提示[：:])?(?:本文|本页面?|本信息)(?:(?:发布|发表)于[^。，]{1,12}前|[^。]{0,20}(?:内容|信息|政策)可能已(?:过时|调整|失效|变化))/;
/** A pager: `上一页　1　2　3　下一页`. */
const PAGER = /^(?=.*(?:上一页|下一页))(?:(?:首页|上一页|下一页|尾页|末页|[0-9]{1,4}|…|\.{3})[ \u3000]*)+$/;
/** A page's picture as a Markdown image (`![](https://…)`), and a page's address alone on its line. */
const MARKDOWN_IMAGE = /^!\[[^\]]{0,40}\]\([^)\s]+\)$/;
const URL_LINE = /^(?:https?:\/\/|www\.)[!-~]+$/;
/** A platform's disclaimer under a repost: `平台声明：该文观点仅代表作者本人，…`. */
const DISCLAIMER = /^(?:平台|免责|特别|版权)?声明[：:].{0,80}(?:仅代表|不代表|侵权|转载|信息存储空间)/;
/** The registration marks every Chinese site shows in its footer: ICP 备案号, 公网安备, 网站标识码. */
const SITE_REGISTRATION = /ICP[备证][0-9]{6,}号|公网安备[ \u3000]*[0-9]{8,}号|网站标识码[：:]?[ \u3000]*[A-Za-z0-9]{6,}/;
/** A line of bracketed buttons (`【我要打印】【关闭窗口】`, `【纠错】　【打印】`). */
const BRACKET_BUTTONS = /^(?:[【\[［][^】\]］\s]{1,6}[】\]］][ \u3000]*){2,}$/;
/**
 * A file name alone on its line or as a token of a run-together line: a page's attachment link, a document site's file
 * (`…的通知.pdf`). One after `附件：` may be read as the document's 附件说明 and is left to it.
 */
const FILE_NAME = '(?!附件)[^\\s。，；！？]{1,80}\\.(?:docx?|pdf|wps|xlsx?|et|pptx?|dps|ofd|zip|rar|txt)';
const FILE_NAME_LINE = new RegExp(`^${FILE_NAME}$`, 'i');
const FILE_NAME_SPAN = new RegExp(`${FILE_NAME}(?=[ \\u3000]|$)`, 'iy');

/**
 * A forum's page around a post (Discuz and its kind): the edit stamp it puts above a post edited (`本帖最后由 某某 于 2019-3-5
 * 10:21 编辑`), its notices that a part is hidden from guests (`游客，如果您要查看本帖隐藏内容请回复`, `图片隐藏，注册或登录后显示`),
 * its prompts to register (`马上注册，结交更多好友，享用更多功能。`, `您需要 登录 才可以下载或查看，没有帐号？注册`), its floor
 * marks and a line of BBCode tags the copy kept (`[size=4]`, `[/hide]`). A 公文 never says any of this.
 */
const FORUM_LINE = new RegExp([
  '^本帖最后由[ \\u3000]*[^\\s]{1,24}[ \\u3000]*于[ \\u3000]*\\d{4}-\\d{1,2}-\\d{1,2}[ \\u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?[ \\u3000]*编辑$',
  '本帖(?:隐藏的?|中的)?内容(?:需要|须)?(?:回复|登录|购买|评论)',
  '查看本帖隐藏内容',
  '(?:部分链接|链接|图片|附件|内容)隐藏[，,]?[ \\u3000]*(?:注册|登录|登陆|回复)[^。]{0,8}(?:显示|可见|查看)',
  '^(?:隐藏内容|回复可见|回复后可见|[^。，]{0,6}回复(?:本帖)?(?:才|后)?(?:可见|可以浏览|可查看))[：:]?$',
  '^马上注册[，,]',
  '^您需要[ \\u3000]*登录[ \\u3000]*才可以',
  '^只需一步[，,][ \\u3000]*快速开始$',
  '显示全部楼层|只看该作者|^(?:找回密码|立即注册|快速登录)$',
  '^(?:\\[\\/?(?:hide|quote|code|size|color|font|b|i|u|s|url|img|align|backcolor|table|tr|td|list|free|sup|sub|p)(?:=[^\\]\\n]{0,40})?\\][ \\u3000]*)+$',
].join('|'));
/**
 * A forum's anti-copy junk (Discuz's `jammer`): at each line break of a post it hides pairs of random ASCII characters,
 * which a copy keeps at the line's end or the next line's start (`请做好防汛准备工作。4 Q' u$ h5 S3 G`), or as a line of its
 * own: six tokens or more of one or two characters, letters and at least three marks, not all the same mark (a list of
 * options `A. B. C.` is not one).
 */
const JAMMER_RUN = '(?:[!-~]{1,2} {1,2}){5,}[!-~]{1,2}';
const JAMMER_MARK = '[!-@\\[-`{-~]';
const JAMMER_LINE = new RegExp(`^(?=(?:[^A-Za-z]*[A-Za-z]){3})(?=(?:[A-Za-z ]*${JAMMER_MARK}){3})(?![A-Za-z ]*(${JAMMER_MARK})(?:[A-Za-z ]|\\1)*$)${JAMMER_RUN}$`);
const JAMMER_AT_END = new RegExp(`(?:^|[^\\x00-\\x7f]) {0,2}(${JAMMER_RUN})$`);
const JAMMER_AT_START = new RegExp(`^(${JAMMER_RUN}) {0,2}(?=[^\\x00-\\x7f])`);
const isPrintableAscii = (c: number) => c >= 0x21 && c <= 0x7e;

/** A forum's anti-copy junk at the end or the start of the line [start, end) (content bounds), run on to the document's text; undefined if none. */
export function jammerSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (end - start < 12) return undefined;
  // The last token is one or two characters after a space: most lines ending in a digit or a Latin word are read no further.
  if (isPrintableAscii(text.charCodeAt(end - 1)) && (text.charCodeAt(end - 2) === 0x20 || text.charCodeAt(end - 3) === 0x20)) {
    const from = Math.max(start, end - 80);
    const m = JAMMER_AT_END.exec(text.slice(from, end));
    if (m && (m.index > 0 || from === start || text.charCodeAt(from - 1) > 0x7f) && JAMMER_LINE.test(m[1])) return { start: end - m[1].length, end };
  }
  if (isPrintableAscii(text.charCodeAt(start)) && (text.charCodeAt(start + 1) === 0x20 || text.charCodeAt(start + 2) === 0x20)) {
    const m = JAMMER_AT_START.exec(text.slice(start, Math.min(end, start + 80)));
    if (m && JAMMER_LINE.test(m[1])) return { start, end: start + m[1].length };
  }
  return undefined;
}

/**
 * A template or document site's prompts around a text it serves (范文 and 文库 sites): how long the text is and how long it
 * takes to read (`全文约3200字，阅读本文约需8分钟`, `本文共计5862个字，预计阅读时长20分钟。`), its buttons (`打赏`, `下载本文`,
 * `复制全文`, `VIP免费下载`), its preview's end (`已阅读5页，还剩13页未读`) and its notice that the text was taken from the
 * web (`内容来源于网络，如有侵权请联系删除`). Only as lines of their own, or as sentences no 公文 writes.
 */
const TEXT_SIZE = '(?:全文|本文|此文)(?:共计?|约|大约|总共)?[ \\u3000]*[0-9][0-9,.]*[ \\u3000]*(?:万|千)?(?:多|余)?个?字';
const READING_TIME = '(?:(?:阅读|读完)(?:本文|全文|此文|完)?(?:大约|大概|约|预计)?(?:需要?|用时|仅需)?|预计阅读(?:时长|时间|用时)?[：:]?)[ \\u3000]*(?:约|大约)?[0-9][0-9.]*[ \\u3000]*分钟';
const TEMPLATE_SITE_LINE = new RegExp([
  `^(?:(?:${TEXT_SIZE}|${READING_TIME})[，,。；;|｜ \\u3000]*){1,3}$`,
  '如有侵权[，,]?[ \\u3000]*请?(?:与(?:我们|本站)|及时)?(?:联系|告知|通知)[^。！]{0,10}删除|若(?:内容)?(?:存在|有)侵权[，,]?请',
  '已阅读[0-9]+页[，,]?[ \\u3000]*(?:还剩|剩余)[0-9]+页未读|继续免费阅读|超出免费预览',
  '^(?:开通|加入|成为|升级)VIP|VIP(?:会员)?(?:免费|专享)(?:下载|阅读|复制)',
  '^(?:下载本文(?:档)?|复制全文|打赏|赞赏|一键复制|全文阅读|收藏本文|下载文档|版权申诉|上传文档赚钱|文档简介|资源描述|下载资源|免费下载|原创力文档|点击下载)$',
].join('|'));

interface Pattern {
  readonly kind: ChromeKind;
  readonly what: string;
  readonly re: RegExp;
  /**
   * Clutter wherever it stands, also between two paragraphs of the body (a toolbar, an ad slot, a repost
   * notice). A label line (`来源：…`, `时间：…`) or a bare timestamp is clutter only around the document.
   */
  readonly anywhere?: boolean;
}

/** Whole-line shapes of page clutter, each with what it is. */
const LINE_PATTERNS: readonly Pattern[] = [
  { kind: 'navigation', what: '网页工具栏', re: WIDGET_LINE, anywhere: true },
  // Before the byline and label shapes, which an edit stamp (`本帖最后由…编辑`) and a bulleted label (`· 索引号`) also take.
  { kind: 'navigation', what: '论坛防复制乱码', re: JAMMER_LINE, anywhere: true },
  { kind: 'navigation', what: '论坛页面文字', re: FORUM_LINE, anywhere: true },
  { kind: 'source-notice', what: '文档网站的样板文字', re: TEMPLATE_SITE_LINE, anywhere: true },
  { kind: 'navigation', what: '网页发布信息', re: DISCLOSURE_LABEL_LINE },
  // `首页` with its items after it (`首页 / 新闻中心`, `网站首页 | 政务公开`), never a line that only starts with the word.
  { kind: 'navigation', what: '网站栏目导航', re: /^(?:首页|网站首页|主页|返回首页)(?:[ \u3000]*[/>＞»›|｜]{1,2}[ \u3000]*[^\s/>＞»›|｜。，；]{1,12})*[ \u3000]*[/>＞»›|｜]{0,2}$|^(?:当前位置|您的位置|您现在的位置|您所在的位置|所在位置)[：:][ \u3000]*[^\s>＞»›/|｜]{0,40}(?:[ \u3000]*[/>＞»›|｜]{1,2}[ \u3000]*[^\s/>＞»›|｜。，；]{1,12})*[ \u3000]*[/>＞»›|｜]{0,2}$|^[>＞»›]+$/, anywhere: true },
  { kind: 'navigation', what: '网站栏目导航', re: /^[^。；，,!！?？\s<>、]{1,12}(?:[ \u3000]*[>＞»›]{1,2}[ \u3000]*[^。；，,!！?？\s<>＞»›、]{1,12})+[ \u3000]*[>＞»›]{0,2}$/, anywhere: true },
  { kind: 'navigation', what: '网站栏目导航', re: LINK_BAR },
  { kind: 'navigation', what: '网站备案信息', re: SITE_REGISTRATION },
  // Who builds and runs the site: a 公文 names who hosts an event (`主办单位：`), never its website's vendor.
  { kind: 'navigation', what: '网站维护信息', re: /^(?:技术支持|网站维护|维护单位|运维单位|网站管理|网站运维)[：:]/ },
  { kind: 'navigation', what: '网页工具栏', re: BRACKET_BUTTONS },
  { kind: 'navigation', what: '网页附件链接', re: FILE_NAME_LINE },
  { kind: 'navigation', what: '网页发布信息', re: BYLINE },
  { kind: 'navigation', what: '网页编辑署名', re: CREDITS_LINE },
  { kind: 'navigation', what: '网页编辑署名', re: BRACKETED_CREDIT },
  { kind: 'navigation', what: '网页模板文字', re: RELATED_LABEL },
  { kind: 'navigation', what: '网页模板文字', re: PAGE_FURNITURE },
  { kind: 'navigation', what: '网页翻页导航', re: PAGER },
  { kind: 'navigation', what: '网页播放器', re: PLAYER },
  { kind: 'navigation', what: '网页工具栏', re: FORMAT_BUTTONS },
  { kind: 'navigation', what: '网站栏目导航', re: MARKDOWN_LINK_BAR },
  { kind: 'navigation', what: '网页提示', re: STALE_NOTICE },
  { kind: 'navigation', what: '网页提示', re: PAGE_NOTICE },
  { kind: 'source-notice', what: '转载声明', re: PLATFORM_STATEMENT, anywhere: true },
  { kind: 'navigation', what: '网页图片', re: MARKDOWN_IMAGE },
  { kind: 'navigation', what: '网页地址', re: URL_LINE },
  { kind: 'source-notice', what: '转载声明', re: DISCLAIMER },
  { kind: 'navigation', what: '网页广告位', re: /广告位|^广告$/, anywhere: true },
  { kind: 'navigation', what: '网页发布信息', re: /^[A-Za-z0-9_]{2,20}\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:浏览量|浏览次数|阅读量|点击量|阅读数|访问量|点击率)\s*[：:]?\s*\d*\s*次?$|^(?:阅读|浏览|点击)[ \u3000]*[（(][0-9]+(?:\.[0-9]+)?万?[)）]$/, anywhere: true },
  { kind: 'navigation', what: '网页发布信息', re: METADATA_LINE },
  { kind: 'navigation', what: '网页发布信息', re: TIMESTAMP_LINE },
  { kind: 'navigation', what: '网页图片说明', re: /(?:记者|摄影|通讯员|图片)[：:\s]*\S{2,4}\s*摄\s*$|^(?:图为|图片来源|（图片来源|\(图片来源)|^[（(](?:摄影|图)[：:][^）)]{1,20}[）)]$/, anywhere: true },
  { kind: 'navigation', what: '网页编辑署名', re: /^[（(【\[]?(?:责任编辑|责编|编辑|审核|审校|校对|监制|值班编辑)[：:][^。；]{0,30}[）)】\]]?$/, anywhere: true },
  { kind: 'navigation', what: '网页模板文字', re: /^(?:自定义文字|验证码[：:]?|标签[：:].{0,20}|留言与评论.{0,20}|发表评论|我要评论|相关文章|相关阅读|相关报道[：:]?|相关新闻[：:]?|推荐阅读|延伸阅读|热点推荐|分享到[：:]?.{0,20}|上一篇[：:].*|下一篇[：:].*|上一条[：:].*|下一条[：:].*|扫码.{0,12}|扫一扫.{0,12}|相关链接[：:].{0,40})$/, anywhere: true },
  { kind: 'contact-spam', what: '联系方式广告', re: /👉|👈|联系老师|加微信|微信号[：:]|(?:QQ|qq)[号：:\s]*\d{5,}|扫码(?:关注|领取|添加)|代写/, anywhere: true },
  { kind: 'source-notice', what: '转载声明', re: /转载请注明|本文来源于|版权归原作者|版权所有|未经授权.{0,8}转载|仅供(?:学习|参考)|^(?:©|Copyright\b)/, anywhere: true },
  { kind: 'source-notice', what: '数据库导出信息', re: /^【法宝引证码】|^原文链接[：:]\s*(?:https?:\/\/|www\.)|^页面链接与图片详见|^={3,}.{0,20}={3,}$/, anywhere: true },
  // An HTML comment is a collector's only around the document: in the body it may be the writer's own note.
  { kind: 'source-notice', what: '数据库导出信息', re: /^<!--(?!\s*gongwen-).*-->$/ },
  { kind: 'source-notice', what: '新闻转载的原标题', re: /^原标题[：:]/, anywhere: true },
  { kind: 'source-notice', what: '文档网站的样板文字', re: /由会员分享|可在线阅读|(?:\d+页)?珍藏版》|请在.{1,10}上搜索|文档下载|免费下载|本文档由|整理发布|预览已结束|剩余[0-9]+页|免费预览|完整文档请下载|下载完整(?:文档|版)/, anywhere: true },
];

/**
 * A page's bar of short items, one of which only a page shows: a reader counter (`浏览：1201次`, `1.3万阅读`, `点赞 56`,
 * `+1`), a page's label with its value (`发布时间: …`, `责任编辑：王某`) or a button (`我要纠错`) among the site's words
 * (`2024-05-10　省人大常委会办公厅　浏览：1201次`, `[发布时间: …][来源: …][浏览次数: 315]`, `【我要纠错】　责任编辑：王某`).
 * Read item by item (`pageItemBar`), not by one pattern: items split by spaces, bars and brackets, a label joined to its value;
 * the first or the last item is the page's.
 */
const TOKEN_BAR: Pattern = { kind: 'navigation', what: '网页发布信息', re: /(?!)/ };
const COUNTED = wordAlternation(['浏览', '阅读', '点击', '访问', '下载', '评论', '留言', '点赞', '在看', '收藏', '分享', '转发', '回复', '关注', '播放', '观看', '贴子', '帖子', '赞同', '赞', '人气']);
const COUNT = '[0-9][0-9,.]*(?:万|w|W|\\+)?';
const COUNTER_ITEM = new RegExp(`^${COUNTED}(?:量|数|次数|人数)?[ \\u3000]*[：:]?[ \\u3000]*${COUNT}[ \\u3000]*(?:次|人|条)?$|^${COUNT}[ \\u3000]*(?:次|人|条)?${COUNTED}(?:量|数)?$|^已有${COUNT}(?:人|条)[\\u4e00-\\u9fff]{0,4}$|^[\\u4e00-\\u9fff]{0,6}[ \\u3000]*[+＋][0-9]{1,4}$`);
/** A page's label opening an item: `发布时间:`, `责任编辑：`, `栏目主编：`. */
const PAGE_LABEL_ITEM = new RegExp(`^(?:[\\u4e00-\\u9fff]{0,2}${METADATA_LABEL}|${CREDIT_ROLE})[ \\u3000]*[：:]`);
const BUTTON_ITEM = new RegExp(`^(?:${LINE_WORDS.filter((w) => w.length > 1).join('|')}|我要[\\u4e00-\\u9fff]{1,4})$`);
/**
 * An item of the document's own (a title `…的通知`, a 版头's `…文件`, a date `2024年3月12日`, a print line `…印发`): the
 * line is the document's last or first line with a page's bar run into it, read span by span (`chromeSpanAt`).
 */
const DOCUMENT_ITEM = /(?:通知|通报|意见|办法|方案|规定|规划|报告|决定|公告|通告|条例|细则|纲要|请示|批复|纪要|函|文件|印发)$|\d年\d{1,2}月\d{1,2}日/;
const BARE_COUNT = /^[0-9][0-9,.]*万?$/;
const isColon = (c: number) => c === 0xff1a || c === 0x3a;
const isItemBreak = (c: number) => isWhitespaceCode(c) || c === 0x7c || c === 0xff5c || c === 0x4e28 || c === 0x5b || c === 0x5d || c === 0x3010 || c === 0x3011 || c === 0xff3b || c === 0xff3d;

function pageItemBar(content: string): boolean {
  if (content.length > MAX_CHROME_LINE || content.charCodeAt(0) === 0x7c || !withoutSentencePunctuation(content, 0, content.length)) return false;
  const items: string[] = [];
  let label = false;
  for (let i = 0; i < content.length;) {
    while (i < content.length && isItemBreak(content.charCodeAt(i))) i++;
    if (i >= content.length) break;
    const start = i;
    while (i < content.length && !isItemBreak(content.charCodeAt(i))) i++;
    const item = content.slice(start, i);
    // A label's value, and a count after its word (`浏览次数: 315`, `阅读 1386`), belong to the item before.
    if (items.length > 0 && (label || BARE_COUNT.test(item))) items[items.length - 1] += item;
    else items.push(item);
    label = isColon(item.charCodeAt(item.length - 1));
    if (items.length > 12) return false;
  }
  if (items.length < 2) return false;
  for (const item of items) if (item.length > 30 || DOCUMENT_ITEM.test(item)) return false;
  // The bar opens or ends with the page's item: a line whose ends are the site's words is a title or a sentence.
  return pageItem(items[0]) || pageItem(items[items.length - 1]);
}

function pageItem(item: string): boolean {
  return COUNTER_ITEM.test(item) || PAGE_LABEL_ITEM.test(item) || BUTTON_ITEM.test(item);
}

/** Any of the patterns: one test rejects a line none matches (nearly every line of a real draft). */
const ANY_LINE = new RegExp(LINE_PATTERNS.map((p) => `(?:${p.re.source})`).join('|'));

/**
 * The first of the patterns a line's content matches (null: none), by content. The frame and the
 * punctuation rules ask about every short line two or three times per parse, and the server parses a
 * draft again on every keystroke with nearly all its lines unchanged: each content is tested once.
 * The answer depends on the content alone, so keeping it changes no result. A null-prototype object,
 * not a Map: its keys are internalised copies, where a Map would keep each line's substring — and
 * through it the whole text of a draft version long gone. Bounded: emptied when full.
 */
let patternByContent: Record<string, Pattern | null> = Object.create(null);
let memoised = 0;
const MEMO_LIMIT = 20_000;

function linePattern(text: string, start: number, end: number): Pattern | null {
  if (end - start > MAX_CHROME_LINE || end <= start) return null;
  const content = text.slice(start, end);
  const known = patternByContent[content];
  if (known !== undefined) return known;
  // The combined pattern first: most lines match none of them.
  const match = ANY_LINE.test(content) ? LINE_PATTERNS.find((p) => p.re.test(content)) ?? null : pageItemBar(content) ? TOKEN_BAR : null;
  if (memoised >= MEMO_LIMIT) {
    patternByContent = Object.create(null);
    memoised = 0;
  }
  patternByContent[content] = match;
  memoised++;
  return match;
}

/** The strong chrome shape of a whole line [start, end) (content bounds), if it has one. */
export function chromeLine(text: string, start: number, end: number): ChromeLine | undefined {
  const match = linePattern(text, start, end);
  return match ? { kind: match.kind, what: match.what } : undefined;
}

/** The chrome shape of a line between paragraphs of the body: only what is clutter wherever it stands. */
export function interiorChromeLine(text: string, start: number, end: number): ChromeLine | undefined {
  const match = linePattern(text, start, end);
  return match?.anywhere ? { kind: match.kind, what: match.what } : undefined;
}

/** A page's address or picture alone on its line: chrome, unless the document's line above announces it (`请登录以下网址报名：`). */
export function addressOrPictureLine(text: string, start: number, end: number): boolean {
  const content = text.slice(start, end);
  return URL_LINE.test(content) || MARKDOWN_IMAGE.test(content);
}

/** What a chrome span is (one line or a span of one), for messages; undefined for a weak line. */
export function chromeWhat(text: string, start: number, end: number): string | undefined {
  return chromeLine(text, start, end)?.what ?? chromeSpanAt(text, start, end)?.line.what;
}

/** Strong chrome starting at `pos` inside a run-together line (ends before `limit`): its end, or -1. */
export function chromeSpanAt(text: string, pos: number, limit: number): { end: number; line: ChromeLine } | undefined {
  for (const [re, what] of SPAN_PATTERNS) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m && m[0].length > 0 && pos + m[0].length <= limit) return { end: pos + m[0].length, line: { kind: 'navigation', what } };
  }
  return undefined;
}

/** A browser's print header and footer run into a one-line text: the time printed, the page's title (`通知公告_福州市人民政府`), its address with the page count. */
const WEB_TIMESTAMP_SPAN = new RegExp(`${WEB_TIMESTAMP}(?=[ \\u3000]|$)`, 'y');
const PAGE_TITLE_SPAN = /[^\s_]{2,40}_(?:[^\s_]{1,30}_)?[^\s_]{0,30}(?:网|网站|政府|门户|平台|官网|中心|日报|客户端)(?=[ \u3000]|$)/y;
/**
 * The site's part of a browser's title after the document's own title (`…的通知（某政办发〔2023〕12号）_某某市人民政府门户网站`,
 * `…的通知-政策文件-某某县人民政府`): from its separator to the site's name at the line's end. Read only after a title
 * (`siteSuffixStart`), where nothing of the document's takes this shape.
 */
const SITE_SUFFIX_BODY = '(?:_|[ \\u3000]?[-－|｜][ \\u3000]?)(?:[^\\s_|｜\\-－。，；：:]{1,20}(?:_|[ \\u3000]?[-－|｜][ \\u3000]?)){0,3}[^\\s_|｜\\-－。，；：:]{0,30}(?:网|网站|政府|门户|平台|官网|中心|日报|客户端)';
const SITE_SUFFIX_SPAN = new RegExp(`${SITE_SUFFIX_BODY}(?=[ \\u3000]*(?:[\\r\\n]|$))`, 'y');
const SITE_SUFFIX = new RegExp(`^${SITE_SUFFIX_BODY}$`);
const SITE_SEPARATOR = charCodeTable(['_', '-', '－', '|', '｜']);

/**
 * Where a site's name run on to a title starts (the separator, with a space before it), or -1: the first separator
 * from `from` on after which the rest of the line [.., end) is the site's part of a browser's title.
 */
export function siteSuffixStart(text: string, from: number, end: number): number {
  if (end - from > MAX_CHROME_LINE) return -1;
  for (let i = from; i < end; i++) {
    if (SITE_SEPARATOR[text.charCodeAt(i)] !== 1) continue;
    const s = i > from && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0x3000) ? i - 1 : i;
    if (SITE_SUFFIX.test(text.slice(s, end))) return s;
  }
  return -1;
}

/**
 * The separator at `pos` starts a browser title's site part after a document's title or 文号 on the line
 * [lineStart, lineEnd) (`…的通知_某某市人民政府门户网站`): the residue rules report it, it is no blank to fill.
 */
const TITLE_END = /(?:通知|通报|意见|办法|方案|规定|规划|报告|决定|公告|通告|条例|细则|纲要|请示|批复|纪要|函|号[）)])$/;
export function siteSuffixAfterTitle(text: string, lineStart: number, lineEnd: number, pos: number): boolean {
  if (lineEnd - lineStart > MAX_CHROME_LINE || siteSuffixStart(text, pos, lineEnd) !== pos) return false;
  const before = text.slice(lineStart, pos).trimEnd();
  return TITLE_END.test(before);
}

const PRINTED_ADDRESS_SPAN = /https?:\/\/[!-~]+(?:[ \u3000]+\d{1,4}\/\d{1,4})?(?=[ \u3000]|$)/y;
/** A bar between two spans of a metadata bar run into one line (`索引号：… | 发布机构：…`). */
const SEPARATOR_SPAN = /[|｜丨](?=[ \u3000])/y;

const SPAN_PATTERNS: readonly [RegExp, string][] = [
  [COLLECTOR_SPAN, '数据库导出信息'],
  [GLUED_WIDGETS, '网页工具栏'],
  [BREADCRUMB_SPAN, '网站栏目导航'],
  [FONT_SIZE_SPAN, '网页工具栏'],
  [METADATA_SPAN, '网页发布信息'],
  [TIMESTAMP_LABEL_SPAN, '网页发布信息'],
  [LINK_SPAN, '网页模板文字'],
  [WIDGET_SPAN, '网页工具栏'],
  [BUTTON_SPAN, '网页工具栏'],
  [FILE_NAME_SPAN, '网页附件链接'],
  [WEB_TIMESTAMP_SPAN, '网页发布信息'],
  [PAGE_TITLE_SPAN, '网页标题'],
  [SITE_SUFFIX_SPAN, '网页标题中的网站名'],
  [PRINTED_ADDRESS_SPAN, '网页地址'],
  [SEPARATOR_SPAN, '网页发布信息'],
];

const SENTENCE_MARKS = charCodeTable(['。', '！', '？', '；', '，', '!', '?', ';', ',']);

/** No sentence or clause punctuation in [start, end). */
export function withoutSentencePunctuation(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (SENTENCE_MARKS[text.charCodeAt(i)] === 1) return false;
  return true;
}

/**
 * A weak chrome line: short, without sentence punctuation (`信息公开`, `】`, `加大`), a label waiting for
 * its value on the next line (`发布日期：`), a timestamp. Clutter only next to a strong line.
 */
export function weakChromeLine(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length <= 0 || length > 40 || !withoutSentencePunctuation(text, start, end)) return false;
  if (length <= 12) return true;
  const content = text.slice(start, end);
  // `时间：2024-03-12 09:30` is here too: a page's timestamp next to its toolbar, a meeting's time in a notice.
  return TIMESTAMP_LINE.test(content) || LABEL.test(content) || WIDGET_WORD.test(content);
}

/** A label at the start of a line: `分类：…`, `【效力级别】…`. */
const LABEL = /^(?:[^：:]{1,10}[：:]|【[^】]{1,8}】)/;

/** A line that starts with a label (`联系人：王明`, `【效力级别】…`). */
export function labelLine(text: string, start: number, end: number): boolean {
  return LABEL.test(text.slice(start, Math.min(end, start + 12)));
}

/** Debris of a widget: a short line without a Han character (`】`, `▼`, `A+`) or a line with a widget's word (`在手机上查看`, `（扫描二维码关注…）`). */
export function widgetDebrisLine(text: string, start: number, end: number): boolean {
  const content = text.slice(start, end);
  return (end - start <= 12 && !/[\u4e00-\u9fff]/.test(content)) || (end - start <= 40 && WIDGET_WORD.test(content));
}

/** A related-content list's label (`相关文件：`, `相关链接：`): the short lines under it are the list's. */
export function listLabelLine(text: string, start: number, end: number): boolean {
  return RELATED_LABEL.test(text.slice(start, end));
}

/**
 * A label with nothing after it (`索引号：`, `发布日期：`, a bulleted `· 成文日期`): its value is on the next line. A widget's
 * (`分享到：`) is not one.
 */
export function valueOnNextLine(text: string, start: number, end: number): boolean {
  if (end - start > 14) return false;
  const content = text.slice(start, end);
  const label = content.replace(/[ \u3000]+/g, '');
  return (/^[^：:\s【】[\]]{1,12}[：:]$/.test(label) && !WIDGET_WORD.test(label) && !LINK_LABEL.test(label)) || DISCLOSURE_LABEL_LINE.test(content);
}

/** A page's metadata label and its colon, nothing after it (`发文机构：`, `· 发布机构:`): never a 主送, whatever name it ends in. */
export function pageLabel(text: string, start: number, end: number): boolean {
  return end - start <= 16 && DISCLOSURE_LABEL_LINE.test(text.slice(start, end));
}
const LINK_LABEL = /^(?:相关|友情|推荐|热点|延伸)/;

/** A lone separator of a breadcrumb over lines (`>`, `»`, `|`): the items above and below it are the breadcrumb's. */
export function separatorLine(text: string, start: number, end: number): boolean {
  return end - start <= 3 && /^[>＞»›|｜/]+$/.test(text.slice(start, end));
}

export function skipInlineSpace(text: string, pos: number, end: number): number {
  while (pos < end && isWhitespaceCode(text.charCodeAt(pos))) pos++;
  return pos;
}
