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

const FRONT_MATTER_OPEN = /^---[ \t]*(\r\n|\n|\r)/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*(\r\n|\n|\r|$)/gm;

/**
 * A YAML front matter: `---` on the first line up to the next `---` or `...` line. Markdown tools read it
 * only at the very start, and any text added inside it becomes part of a YAML value. Returns the offset
 * just after it (after its closing line break, if any), and the line break it uses; undefined when none.
 */
export function frontMatterEnd(text: string): { end: number; lineBreak: string; closedByBreak: boolean } | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  FRONT_MATTER_CLOSE.lastIndex = open[0].length;
  const close = FRONT_MATTER_CLOSE.exec(text);
  if (!close) return undefined;
  return { end: close.index + close[0].length, lineBreak: open[1], closedByBreak: close[1] !== '' };
}

/** The edit that switches rules off for the whole file: a first line, or the first line after a front matter. */
export function fileDirectiveEdit(text: string, ruleIds: string): { start: number; end: number; newText: string } {
  const comment = `<!-- gongwen-disable-file ${ruleIds} -->`;
  const front = frontMatterEnd(text);
  if (!front) return { start: 0, end: 0, newText: `${comment}\n` };
  const newText = front.closedByBreak ? `${comment}${front.lineBreak}` : `${front.lineBreak}${comment}`;
  return { start: front.end, end: front.end, newText };
}
