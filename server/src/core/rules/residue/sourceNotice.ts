import { webLineRule } from './webLineRule';

export const residueSourceNotice = webLineRule({
  id: 'residue-source-notice',
  kind: 'source-notice',
  description: '转载声明、原文链接、“原标题”和文档网站的样板文字（“由会员分享，可在线阅读”等）。',
  descriptionEn: 'Repost notices, source links and document-site boilerplate.',
  message: '疑似从网页带入的{what}：{shown}。这是来源网站添加的文字，不属于公文正文，请删除。',
  messageEn: "Text carried over from a web page ({whatEn}): {shownEn}. The source site added it; it is no part of the document, delete it.",
});
