import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { DocxError, extractDocx } from '../docx';
import type { DocxTextParams, DocxTextResult } from '../protocol';

/**
 * `gongwen/docxText`: the same extraction as the CLI's, so a finding sits on the same paragraph in the
 * editor and in a release check. The client opens the result as a read-only draft.
 */
export function docxText(params: DocxTextParams): DocxTextResult | ResponseError<void> {
  if (typeof params?.data !== 'string') return new ResponseError(ErrorCodes.InvalidParams, '缺少 Word 文档内容（data）。');
  try {
    const { text, paragraphStarts } = extractDocx(Buffer.from(params.data, 'base64'));
    return { text, paragraphs: paragraphStarts.length };
  } catch (e) {
    if (e instanceof DocxError) return new ResponseError(ErrorCodes.InvalidParams, e.message);
    throw e;
  }
}
