import type { Bilingual, UiLanguage } from './bilingual';

/**
 * What is wrong with a writer's settings or data files (`gongwen.*`, `.gongwen/config.json`,
 * `agencies.json`, `terms.json`), written in both languages where it is found: `message` is the Chinese,
 * as every caller that does not ask for a language has it; `en` the English.
 */
export interface ConfigProblem {
  /** Where the bad value came from: a setting (`gongwen.rules.numbering-gap`) or a file and field. */
  readonly source: string;
  readonly message: string;
  readonly en: string;
}

export function configProblem(source: string, text: Bilingual): ConfigProblem {
  return { source, message: text.zh, en: text.en };
}

/** `source：问题` in Chinese, `source: problem` in English (a notice, the CLI's stderr). */
export function problemLine(problem: ConfigProblem, language: UiLanguage): string {
  return language === 'zh' ? `${problem.source}：${problem.message}` : `${problem.source}: ${problem.en}`;
}
