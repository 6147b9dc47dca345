/**
 * What a review of a .docx writes into it: one comment per finding (the message, the rule id and its
 * severity, in Chinese or English) and, when asked, every safe fix as a tracked change. The CLI and the language
 * server build the same annotations from their analyses.
 */
import type { AnalysisConfig } from '../core/config/config';
import type { AnalysisResult } from '../core/engine/analyze';
import { SEVERITY_NAMES, type TextEdit } from '../core/model/findings';
import { PRODUCT_NAME } from '../product';
import { findingMessage, type UiLanguage } from '../service/language';
import { annotateDocx, AnnotateResult, StoryAnnotations } from './annotate';
import type { DocxText } from './index';
import { openDocx, StoryKind, type StoryNames } from './package';

/**
 * The configuration a story is checked with: a header's or footer's text is printed in the page
 * margin (its page number is no residue); the body and the notes are drafts.
 */
export function storyConfig(config: AnalysisConfig, kind: StoryKind): AnalysisConfig {
  const textKind = kind === 'header' || kind === 'footer' ? 'page-margin' : 'draft';
  if ((config.textKind ?? 'draft') === textKind) return config;
  const { textKind: _, ...rest } = config;
  return textKind === 'draft' ? rest : { ...rest, textKind };
}

/**
 * The annotations of one story from its analysis. The story's name (页眉, 脚注, …) opens the message of a
 * story that is not the body, whose comments Word shows in the body; `fixes` are the composed safe
 * fixes of its text (fixAll's `edits`), to be tracked changes.
 */
export function storyAnnotations(result: AnalysisResult, story?: StoryNames, fixes: readonly TextEdit[] = [], language: UiLanguage = 'zh'): StoryAnnotations {
  const opening = !story ? '' : language === 'zh' ? `【${story.name}】` : `[${story.nameEn}] `;
  return {
    comments: result.findings.map((f) => ({
      start: f.start,
      end: f.end,
      paragraphs: [
        `${opening}${findingMessage(f, language)}`,
        language === 'zh' ? `规则 ${f.ruleId}（${SEVERITY_NAMES[f.severity]}）` : `Rule ${f.ruleId} (${f.severity})`,
      ],
    })),
    changes: fixes,
  };
}

/** The annotated copy of a .docx, authored by the product. `annotations` by story part (DocxStoryText.part). */
export function annotateDocxBytes(bytes: Uint8Array, annotations: ReadonlyMap<string, StoryAnnotations>, date = new Date()): AnnotateResult {
  return annotateDocx(openDocx(bytes), annotations, { author: PRODUCT_NAME, initials: '公文', date });
}

/**
 * The annotations of every story of an extracted .docx: `analyse` checks a text with a configuration
 * as the caller checks drafts (its dictionaries), each story with `storyConfig(config, kind)`; `fix`,
 * when given, composes the text's safe fixes; the comments are in `language`.
 */
export function reviewAnnotations(
  extracted: DocxText,
  config: AnalysisConfig,
  analyse: (text: string, config: AnalysisConfig) => AnalysisResult,
  fix?: (text: string, config: AnalysisConfig) => readonly TextEdit[],
  language: UiLanguage = 'zh',
): Map<string, StoryAnnotations> {
  const annotations = new Map<string, StoryAnnotations>();
  const body = storyConfig(config, 'body');
  annotations.set(extracted.part, storyAnnotations(analyse(extracted.text, body), undefined, fix?.(extracted.text, body), language));
  for (const story of extracted.stories) {
    const c = storyConfig(config, story.kind);
    annotations.set(story.part, storyAnnotations(analyse(story.text, c), story, fix?.(story.text, c), language));
  }
  return annotations;
}
