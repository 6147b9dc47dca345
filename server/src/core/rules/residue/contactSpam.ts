import { webLineRule } from './webLineRule';

export const residueContactSpam = webLineRule({
  id: 'residue-contact-spam',
  kind: 'contact-spam',
  description: '从网页带入的联系方式广告（“请点击👉…👈联系老师”“加微信”等）。',
  descriptionEn: 'Contact advertising (WeChat, QQ, “contact the teacher”) copied from a web page.',
  message: '疑似从网页带入的{what}：{shown}。这是网站的推广信息，请删除。',
  messageEn: "Text carried over from a web page ({whatEn}): {shownEn}. It is the site's advertising; delete it.",
});
