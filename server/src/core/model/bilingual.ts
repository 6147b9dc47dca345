/**
 * The language a writer reads: the product's (Chinese), or English where the editor runs in another
 * language or the command line is given `--lang en`.
 */
export type UiLanguage = 'zh' | 'en';

/** A sentence a writer reads, written in both languages where it is made (never translated afterwards). */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export function textIn(text: Bilingual, language: UiLanguage): string {
  return language === 'zh' ? text.zh : text.en;
}

/** An English count: `1 comment`, `3 comments`. */
export function englishCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * An error a writer reads (a file that cannot be read, decoded or written): `message` is the Chinese,
 * as every caller that does not ask for a language has it; `text` holds both.
 */
export class BilingualError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.zh);
  }

  in(language: UiLanguage): string {
    return textIn(this.text, language);
  }
}
