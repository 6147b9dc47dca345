/**
 * Value types of settings: one declaration gives the JSON Schema (VS Code settings, the schema of
 * `.gongwen/config.json`) and the check of a raw value with a message in both languages, so the two never disagree.
 */

import type { Bilingual } from '../model/bilingual';

/** The parts of JSON Schema the settings use. */
export type JsonSchema = Readonly<Record<string, unknown>>;

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly expected: Bilingual };

export interface ValueType<T> {
  readonly schema: JsonSchema;
  /** The value, or what it should be (`true 或 false`, `0 到 10000 之间的毫秒数`, with its English) for the message. */
  check(raw: unknown): Checked<T>;
}

/** How a value is quoted in messages: JSON, as the user wrote it. */
export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

export function booleanType(): ValueType<boolean> {
  return {
    schema: { type: 'boolean' },
    check: (raw) => (typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, expected: { zh: 'true 或 false', en: 'true or false' } }),
  };
}

/** A number in [minimum, maximum]; `noun` says what it counts (`毫秒数`, `milliseconds`). */
export function numberType(options: { minimum: number; maximum: number; integer?: boolean; noun: Bilingual }): ValueType<number> {
  const { minimum, maximum, integer, noun } = options;
  return {
    schema: { type: integer ? 'integer' : 'number', minimum, maximum },
    check: (raw) => typeof raw === 'number' && raw >= minimum && raw <= maximum && (!integer || Number.isInteger(raw))
      ? { ok: true, value: raw }
      : { ok: false, expected: { zh: `${minimum} 到 ${maximum} 之间的${integer ? '整数' : ''}${noun.zh}`, en: `${integer ? 'a whole number of' : 'a number of'} ${noun.en} from ${minimum} to ${maximum}` } },
  };
}

/** One of a fixed list of strings. */
export function enumType<T extends string>(values: readonly T[]): ValueType<T> {
  return {
    schema: { type: 'string', enum: [...values] },
    check: (raw) => (values.includes(raw as T) ? { ok: true, value: raw as T } : { ok: false, expected: { zh: `${values.join('、')} 之一`, en: `one of ${values.join(', ')}` } }),
  };
}

/** A string of at most `maxLength` characters (no pattern: user strings are never compiled as regular expressions). */
export function stringType(options: { maxLength: number; noun: Bilingual }): ValueType<string> {
  return {
    schema: { type: 'string', maxLength: options.maxLength },
    check: (raw) => (typeof raw === 'string' && raw.length <= options.maxLength ? { ok: true, value: raw } : { ok: false, expected: { zh: `不超过 ${options.maxLength} 个字符的${options.noun.zh}`, en: `a ${options.noun.en} of at most ${options.maxLength} characters` } }),
  };
}

/** An array of items of one type, at most `maxItems` long; `noun` names the items (the English in the plural). */
export function arrayType<T>(item: ValueType<T>, options: { maxItems: number; noun: Bilingual }): ValueType<readonly T[]> {
  return {
    schema: { type: 'array', items: item.schema, maxItems: options.maxItems },
    check: (raw) => {
      if (!Array.isArray(raw) || raw.length > options.maxItems) return { ok: false, expected: { zh: `${options.noun.zh}的数组（至多 ${options.maxItems} 项）`, en: `an array of at most ${options.maxItems} ${options.noun.en}` } };
      const values: T[] = [];
      for (const x of raw) {
        const c = item.check(x);
        if (!c.ok) return { ok: false, expected: { zh: `${options.noun.zh}的数组，每项为${c.expected.zh}`, en: `an array of ${options.noun.en}, each ${c.expected.en}` } };
        values.push(c.value);
      }
      return { ok: true, value: values };
    },
  };
}
