import type { DisableDirective } from '../model/document';

/**
 * `<!-- gongwen-disable-line numbering-gap -->`, `<!-- gongwen-disable-next-line -->` and
 * `<!-- gongwen-disable-file placeholder-marker -->`: an HTML comment is inert in Markdown and
 * unmistakable in plain text.
 */
const DIRECTIVE = /<!--\s*gongwen-disable(-line|-next-line|-file)?((?:\s+[a-z][a-z0-9-]*)*)\s*-->/g;

export function parseDirectives(text: string, lineOf: (offset: number) => number): DisableDirective[] {
  if (!text.includes('gongwen-disable')) return [];
  const result: DisableDirective[] = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const scope = m[1] === '-next-line' ? 'next-line' : m[1] === '-file' ? 'file' : 'line';
    const ruleIds = m[2].trim() ? m[2].trim().split(/\s+/) : [];
    result.push({ line: lineOf(m.index), scope, ruleIds });
  }
  return result;
}
