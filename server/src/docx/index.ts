/**
 * Word `.docx` for the CLI and the language server: read the body, headers, footers and notes as
 * draft text, and write an annotated copy (findings as comments, safe fixes as tracked changes).
 * Pure: bytes in, bytes out; no LSP, no file system.
 */
import { lastAtOrBefore } from '../core/text/lineIndex';
import { openDocx, StoryKind } from './package';
import { DEFAULT_LIMITS, InflateLimits } from './zip';

export { DocxError } from './errors';
export { openDocx, storyName } from './package';
export type { DocxPackage, Story, StoryKind, StoryNames } from './package';
export { DEFAULT_LIMITS } from './zip';
export type { AnnotateResult, StoryAnnotations } from './annotate';
export { annotateDocxBytes, reviewAnnotations, storyAnnotations, storyConfig } from './review';
export type { InflateLimits } from './zip';

/** A header, footer or the notes: checked as a draft of its own, with its own lines. */
export interface DocxStoryText {
  readonly kind: Exclude<StoryKind, 'body'>;
  /** Zip entry name, e.g. `word/header1.xml`. */
  readonly part: string;
  /** 页眉, 第 2 节首页页脚, 脚注, 尾注. */
  readonly name: string;
  /** header, first-page footer of section 2, footnotes, endnotes. */
  readonly nameEn: string;
  readonly text: string;
  readonly paragraphStarts: readonly number[];
}

export interface DocxText {
  /** The body's zip entry, normally `word/document.xml`. */
  readonly part: string;
  /** The body: paragraphs joined with `\n`. */
  readonly text: string;
  /** Offset in `text` where each paragraph starts (UTF-16 code units), ascending. */
  readonly paragraphStarts: readonly number[];
  /** Headers, footers, footnotes and endnotes that hold any text, in that order. */
  readonly stories: readonly DocxStoryText[];
}

/** Extract the text of a .docx file's bytes. Throws DocxError with a Chinese reason. */
export function extractDocx(bytes: Uint8Array, limits: InflateLimits = DEFAULT_LIMITS): DocxText {
  const [body, ...others] = openDocx(bytes, limits).stories;
  return {
    part: body.part,
    text: body.text,
    paragraphStarts: body.paragraphStarts,
    stories: others.filter((s) => s.text.trim() !== '').map(({ kind, part, name, nameEn, text, paragraphStarts }) => ({ kind: kind as DocxStoryText['kind'], part, name, nameEn, text, paragraphStarts })),
  };
}

/** One-based paragraph number and zero-based UTF-16 offset inside it, for a text offset. */
export function paragraphAt(starts: readonly number[], offset: number): { paragraph: number; offset: number } {
  const lo = lastAtOrBefore(starts, offset);
  return { paragraph: lo + 1, offset: offset - (starts[lo] ?? 0) };
}
