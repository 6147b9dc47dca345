import { webLineRule } from './webLineRule';

export const residueWebNavigation = webLineRule({
  id: 'residue-web-navigation',
  kind: 'navigation',
  description: '从网页复制带入的导航、工具栏、广告位和发布信息（“首页/栏目”“下载 打印 收藏”“浏览量”等）。',
  descriptionEn: 'Navigation, toolbar, ad-slot and page-metadata lines copied from a web page.',
  message: '疑似从网页带入的{what}：{shown}。不属于公文正文，请删除。',
  messageEn: "Text carried over from a web page ({whatEn}): {shownEn}. It is no part of the document; delete it.",
});
