import type { DocumentFrame } from '../model/frame';
import type { Heading, Paragraph } from '../model/document';
import type { LineIndex } from '../text/lineIndex';

/** What the frame is computed from: the parse's lines, paragraphs and headings. */
export interface FrameInput {
  readonly text: string;
  readonly lines: LineIndex;
  readonly paragraphs: readonly Paragraph[];
  readonly headings: readonly Heading[];
}

/** A frame that says only "this is body text": for a text without any frame element. */
export function bodyOnlyFrame(length: number): DocumentFrame {
  return { zones: [{ kind: 'body', start: 0, end: length }], elements: [], attachmentList: [], attachments: [], genre: 'unknown' };
}

/**
 * The 公文 frame of a parsed draft. Reads nothing but its input; never throws.
 * First version: the whole text is body (the frame detection fills this in).
 */
export function computeFrame(input: FrameInput): DocumentFrame {
  return bodyOnlyFrame(input.text.length);
}
