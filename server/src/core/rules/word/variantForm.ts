import { wordListRule } from './lists';

export const wordVariantForm = wordListRule('异形词', {
  id: 'word-variant-form',
  defaultSeverity: 'information',
  description: '异形词：用了《第一批异形词整理表》（GF 1001—2001）的非推荐词形（如“参预”应为“参与”，“宏扬”应为“弘扬”）。',
  descriptionEn: 'A non-recommended variant form of the First Series of Standardized Forms of Words (GF 1001—2001), e.g. 参预 → 参与.',
  messages: {
    replace: '异形词：“{wrong}”应写作推荐词形“{right}”。{reason}',
    avoid: '“{wrong}”：{reason}',
  },
  messagesEn: {
    replace: 'Variant form: write “{wrong}” in the recommended form “{right}”. {reason}',
    avoid: '“{wrong}”: {reason}',
  },
});
