import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { AnalysisConfig } from '../core/config/config';
import { analyzeText } from '../core/engine/analyze';
import { fixAllText } from '../service/fixAll';
import type { RuleResources } from '../core/rules/rule';
import { DocxError, DocxText, reviewAnnotations, storyName } from '../docx';
import type { DocxAnnotateParams, DocxAnnotateResult, DocxTextParams, DocxTextResult } from '../protocol';
import { DocxJobs } from './docxJobs';
import type { UiLanguage } from './l10n';

const invalid = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/**
 * `gongwen/docxText` and `gongwen/docxAnnotate`: the same extraction and annotation as the CLI's, so a
 * finding sits on the same paragraph in the editor, in a release check and in the annotated copy.
 * Unzipping and reading the XML run on a worker thread; the analysis runs here, with the settings and
 * dictionaries of the document the writer is looking at.
 */
export class DocxRequests {
  private readonly jobs: DocxJobs;

  /**
   * `settings`: what the draft at a uri is checked with, and the language of its findings (the comments');
   * `editorLanguage`: the language of the errors (a damaged file) and of the stories' names.
   */
  constructor(
    script: string,
    private readonly settings: (uri: string) => Promise<{ analysis: AnalysisConfig; resources: RuleResources; language: UiLanguage }>,
    private readonly editorLanguage: () => UiLanguage,
  ) {
    this.jobs = new DocxJobs(script);
  }

  private async extract(data: unknown): Promise<DocxText> {
    if (typeof data !== 'string') throw invalid('缺少 Word 文档内容（data）。');
    try {
      return await this.jobs.run<DocxText>({ kind: 'extract', data });
    } catch (e) {
      throw e instanceof DocxError ? invalid(e.in(this.editorLanguage())) : e;
    }
  }

  async text(params: DocxTextParams): Promise<DocxTextResult> {
    const { text, paragraphStarts, stories } = await this.extract(params?.data);
    // The name titles the story's view and the notice that offers it: the editor's language, as its errors.
    const language = this.editorLanguage();
    return { text, paragraphs: paragraphStarts.length, stories: stories.map((s) => ({ kind: s.kind, part: s.part, name: storyName(s, language), text: s.text, paragraphs: s.paragraphStarts.length })) };
  }

  async annotate(params: DocxAnnotateParams): Promise<DocxAnnotateResult> {
    if (typeof params?.uri !== 'string') throw invalid('缺少文档 uri。');
    const extracted = await this.extract(params.data);
    const { analysis, resources, language } = await this.settings(params.uri);
    const fix = params.trackChanges ? (text: string, c: AnalysisConfig) => fixAllText(text, c, resources).edits : undefined;
    const annotations = reviewAnnotations(extracted, analysis, (text, c) => analyzeText(text, c, resources), fix, language);
    try {
      return await this.jobs.run<DocxAnnotateResult>({ kind: 'annotate', data: params.data, annotations: [...annotations], date: Date.now() });
    } catch (e) {
      throw e instanceof DocxError ? invalid(e.in(this.editorLanguage())) : e;
    }
  }

  dispose(): void {
    this.jobs.dispose();
  }
}
