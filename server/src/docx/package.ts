/**
 * The package around the stories: which part is the body (package relationships), which headers,
 * footers and notes belong to it (its relationships and the sections' references), and a name for
 * each that a writer recognises.
 */
import type { Bilingual, UiLanguage } from '../core/model/bilingual';
import { DocxError } from './errors';
import { readStory, StoryText } from './story';
import { attribute, Token, XmlTokenizer } from './xml';
import { DEFAULT_LIMITS, InflateLimits, ZipArchive } from './zip';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Part name the target resolves to (no leading slash); the target as written for external ones. */
  readonly target: string;
  readonly external: boolean;
}

export type StoryKind = 'body' | 'header' | 'footer' | 'footnotes' | 'endnotes';

/** A story's names in both languages (a `Story`, a `DocxStoryText`). */
export interface StoryNames {
  readonly name: string;
  readonly nameEn: string;
}

/** What a story is called for a writer reading `language`: 页眉 or header, 第 2 节首页页脚 or first-page footer of section 2. */
export function storyName(story: StoryNames, language: UiLanguage): string {
  return language === 'zh' ? story.name : story.nameEn;
}

export interface Story extends StoryText {
  readonly kind: StoryKind;
  /** Zip entry name, e.g. `word/header1.xml`. */
  readonly part: string;
  /** What a writer calls it: 正文, 页眉, 第 2 节首页页脚, 脚注, 尾注. */
  readonly name: string;
  /** The same in English: body, header, first-page footer of section 2, footnotes, endnotes. */
  readonly nameEn: string;
}

export interface DocxPackage {
  readonly zip: ZipArchive;
  readonly mainPart: string;
  /** The body first, then headers and footers in section order, then footnotes and endnotes. */
  readonly stories: Story[];
  /** Relationships of the main part. */
  readonly relationships: Relationship[];
  /** The relationship type prefix of this package (transitional or strict OOXML). */
  readonly relationshipBase: string;
}

const TRANSITIONAL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export function readText(zip: ZipArchive, part: string): string | undefined {
  const bytes = zip.read(part);
  if (!bytes) return undefined;
  // A BOM is allowed before the XML declaration.
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** `word/document.xml` → `word/_rels/document.xml.rels`; the package itself ('') → `_rels/.rels`. */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to its source part, as a part name. */
function resolveTarget(source: string, target: string): string {
  const segments = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/');
}

export function readRelationships(zip: ZipArchive, source: string): Relationship[] {
  const part = relationshipsPart(source);
  const xml = readText(zip, part);
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  const tokens = new XmlTokenizer(xml, part);
  while (tokens.next()) {
    if ((tokens.kind !== Token.Empty && tokens.kind !== Token.Open) || tokens.name !== 'Relationship') continue;
    const tag = tokens.tag();
    const id = attribute(tag, 'Id');
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (!id || !type || target === undefined) continue;
    const external = attribute(tag, 'TargetMode') === 'External';
    out.push({ id, type, target: external ? target : resolveTarget(source, target), external });
  }
  return out;
}

const HEADER_TYPES: Readonly<Record<string, Bilingual>> = { first: { zh: '首页', en: 'first-page ' }, even: { zh: '偶数页', en: 'even-page ' }, default: { zh: '', en: '' } };

/** Open a .docx: its body and every header, footer and note story. Throws DocxError with the reason. */
export function openDocx(bytes: Uint8Array, limits: InflateLimits = DEFAULT_LIMITS): DocxPackage {
  const zip = new ZipArchive(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), limits);
  const main = readRelationships(zip, '').find((r) => !r.external && /\/officeDocument$/.test(r.type));
  const mainPart = main?.target ?? 'word/document.xml';
  const relationshipBase = main ? main.type.slice(0, main.type.lastIndexOf('/') + 1) : TRANSITIONAL_BASE;
  const bodyXml = readText(zip, mainPart);
  if (bodyXml === undefined) throw new DocxError({ zh: '.docx 中没有正文（缺少 word/document.xml）', en: 'the .docx has no body (word/document.xml is missing)' });
  const body = readStory(bodyXml, mainPart);
  const stories: Story[] = [{ ...body, kind: 'body', part: mainPart, name: '正文', nameEn: 'body' }];
  const relationships = readRelationships(zip, mainPart);
  const byId = new Map(relationships.filter((r) => !r.external).map((r) => [r.id, r]));
  const seen = new Set<string>();
  const many = body.sections.length > 1;
  body.sections.forEach((section, index) => {
    for (const reference of section.references) {
      const target = byId.get(reference.id)?.target;
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const xml = readText(zip, target);
      if (xml === undefined) continue;
      const type = HEADER_TYPES[reference.type];
      const name = `${many ? `第 ${index + 1} 节` : ''}${type?.zh ?? ''}${reference.element === 'header' ? '页眉' : '页脚'}`;
      const nameEn = `${type?.en ?? ''}${reference.element}${many ? ` of section ${index + 1}` : ''}`;
      stories.push({ ...readStory(xml, target), kind: reference.element, part: target, name, nameEn });
    }
  });
  for (const [kind, name, nameEn] of [['footnotes', '脚注', 'footnotes'], ['endnotes', '尾注', 'endnotes']] as const) {
    const target = relationships.find((r) => !r.external && r.type === relationshipBase + kind)?.target;
    const xml = target === undefined ? undefined : readText(zip, target);
    if (target !== undefined && xml !== undefined) stories.push({ ...readStory(xml, target), kind, part: target, name, nameEn });
  }
  return { zip, mainPart, stories, relationships, relationshipBase };
}
