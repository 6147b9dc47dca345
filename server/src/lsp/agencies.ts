import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Position } from 'vscode-languageserver';
import { CodeActionKind, CompletionItemKind, MarkupKind } from 'vscode-languageserver';
import type { AgencyDictionary, Agency } from '../core/agency/dictionary';
import { PLACE_SUFFIXES, levelOfPrefix } from '../core/agency/dictionary';
import type { AgencyDataProblem, AgencyEntry, AgencyLevel } from '../core/agency/entries';
import { validateAgencyData } from '../core/agency/entries';
import type { Finding } from '../core/model/findings';
import type { PolicyDocument } from '../core/model/document';
import { agencyScan } from '../core/rules/agency/mentions';
import type { RuleResources } from '../core/rules/rule';
import { ClientCommands } from '../protocol';
import { toRange } from './convert';
import type { HoverProvider } from './hover';

/** Workspace file with user agency entries, same format as the built-in data. */
const WORKSPACE_AGENCY_FILE = path.join('.gongwen', 'agencies.json');
export const WORKSPACE_AGENCY_GLOB = '**/.gongwen/agencies.json';

/**
 * Per workspace folder: the built-in dictionary extended by `.gongwen/agencies.json` and the
 * `gongwen.agencies.extra` setting. Files are read once and again after a change notification.
 */
export class WorkspaceAgencies {
  private folders: string[] = [];
  /** False in an untrusted workspace (VS Code Restricted Mode): its own dictionary file is not read. */
  private trusted = true;
  private readonly files = new Map<string, AgencyEntry[]>();
  private readonly extended = new Map<string, RuleResources>();

  constructor(
    private readonly base: RuleResources,
    private readonly report: (problem: AgencyDataProblem) => void,
  ) {}

  /** Workspace folder paths from the initialize params (folders, else the root), and whether the workspace is trusted. */
  setFolders(folders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined, trusted = true): void {
    this.trusted = trusted;
    const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
    this.invalidate();
  }

  invalidate(): void {
    this.files.clear();
    this.extended.clear();
  }

  private folderOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return this.folders[0];
    const file = fileURLToPath(uri);
    return this.folders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
  }

  private fileEntries(folder: string): AgencyEntry[] {
    let entries = this.files.get(folder);
    if (entries) return entries;
    entries = [];
    if (!this.trusted) return entries;
    const file = path.join(folder, WORKSPACE_AGENCY_FILE);
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined; // no workspace dictionary: the defaults apply
    }
    if (text !== undefined) {
      let raw: unknown;
      try {
        raw = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch (e) {
        this.report({ source: file, message: `不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）；已忽略此文件，使用内置机构词典。` });
      }
      if (raw !== undefined) {
        const { data, problems } = validateAgencyData(raw, file, 'workspace');
        problems.forEach(this.report);
        entries = [...(data?.agencies ?? [])];
      }
    }
    this.files.set(folder, entries);
    return entries;
  }

  /** The resources for a document: the same object for the same folder and setting, so caches hold. */
  resourcesFor(uri: string, extra: readonly AgencyEntry[]): RuleResources {
    const base = this.base.agencies;
    if (!base) return this.base;
    const folder = this.folderOf(uri);
    const fromFile = folder ? this.fileEntries(folder) : [];
    if (!fromFile.length && !extra.length) return this.base;
    const key = `${folder ?? ''}\u0000${JSON.stringify(extra)}`;
    let resources = this.extended.get(key);
    if (!resources) {
      const { dictionary, problems } = base.extend([...fromFile, ...extra]);
      problems.forEach(this.report);
      resources = { ...this.base, agencies: dictionary };
      this.extended.set(key, resources);
    }
    return resources;
  }
}

const LEVEL_NAMES: Readonly<Record<AgencyLevel, string>> = { 国家: '中央和国家机关', 省: '省级', 市: '市级', 县: '县级', 区: '区级' };

function formerLine(agency: Agency): string | undefined {
  if (!agency.formerNames.length) return undefined;
  return agency.formerNames
    .map((f) => `“${f.name}”${f.abbreviations.length ? `（${f.abbreviations.join('、')}）` : ''}，${f.year}年${f.approximate ? '前后' : ''}${f.reform ? `（${f.reform}）` : ''}`)
    .join('；');
}

/** Hover on an agency name: full name, abbreviations, levels, kind, former names. */
export const agencyHover: HoverProvider = ({ result, offset, resources }) => {
  const dictionary = resources?.agencies;
  if (!dictionary) return undefined;
  const m = agencyScan(result.document, dictionary).mentions.find((x) => x.start <= offset && offset < x.end);
  if (!m) return undefined;
  const range = toRange(result.document.lines, m.start, m.end);
  if (m.former) {
    const succession = dictionary.successor(m.former, levelOfPrefix(m.prefix));
    const lines = [
      `**${m.prefix}${m.former.name}**（旧称）`,
      succession ? `${m.former.year}年${m.former.approximate ? '前后' : ''}起改为“${m.prefix}${succession.name}”${m.former.reform ? `（${m.former.reform}）` : ''}。` : `${m.former.year}年起不再使用。`,
      m.former.note,
    ];
    return { markdown: lines.filter(Boolean).join('\n\n'), range };
  }
  const a = m.agency!;
  const lines = [
    `**${m.prefix}${a.name}**${a.title ? `（${a.title}）` : ''}`,
    a.abbreviations.length ? `简称：${a.abbreviations.join('、')}` : undefined,
    a.variants.length ? `部分地方称：${a.variants.join('、')}` : undefined,
    `层级：${a.levels.map((l) => LEVEL_NAMES[l]).join('、')} · 类别：${a.kind}`,
    formerLine(a) ? `曾用名：${formerLine(a)}` : undefined,
    a.note,
    a.origin !== 'builtin' ? `来源：${a.origin === 'workspace' ? '工作区机构词典' : '设置 gongwen.agencies.extra'}` : undefined,
  ];
  return { markdown: lines.filter(Boolean).join('\n\n'), range };
};

/** “添加到工作区机构词典” for an agency-unknown finding: the client appends the name to `.gongwen/agencies.json`. */
export function addAgencyAction(diagnostic: Diagnostic, finding: Finding): CodeAction | undefined {
  const name = finding.data?.name;
  if (finding.ruleId !== 'agency-unknown' || typeof name !== 'string') return undefined;
  return {
    title: `添加到工作区机构词典：“${name}”`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: '添加到工作区机构词典', command: ClientCommands.addAgency, arguments: [name] },
  };
}

const MAX_TYPED = 12;
const LATIN_TYPED = /[A-Za-z]+$/;
const HAN_TYPED = /[\u3400-\u9fff]+$/;
const CLAUSE_OPENERS = '（(、，,';

interface CompletionSite {
  /** Where the typed part starts (replaced by the completion). */
  readonly start: number;
  readonly typed: string;
  /** `市`, `市委`, or `` inside a clause; what to put before a name that needs one. */
  readonly prefix: string;
  readonly level?: AgencyLevel;
  readonly inClause: boolean;
}

function completionSite(doc: PolicyDocument, offset: number): CompletionSite | undefined {
  const lineStart = doc.lines.lineStarts[doc.lines.lineOf(offset)];
  const before = doc.text.slice(Math.max(lineStart, offset - 200), offset);
  // Latin letters are pinyin initials (`市fgw`); Han characters typed after the prefix are part of a name (`市发改`).
  let typed = LATIN_TYPED.exec(before)?.[0] ?? '';
  if (!typed) {
    const han = (HAN_TYPED.exec(before)?.[0] ?? '').slice(-MAX_TYPED);
    let cut = -1;
    for (let k = han.length - 1; k >= 0 && cut < 0; k--) if (PLACE_SUFFIXES.includes(han[k]) || (han[k] === '委' && k > 0 && PLACE_SUFFIXES.includes(han[k - 1]))) cut = k;
    typed = cut >= 0 ? han.slice(cut + 1) : han;
  }
  const start = offset - typed.length;
  const head = before.slice(0, before.length - typed.length);
  const last = head.slice(-1);
  const party = last === '委' && head.length >= 2 && PLACE_SUFFIXES.includes(head[head.length - 2]);
  if (party) return { start, typed, prefix: head.slice(-2), level: levelOfPrefix(head.slice(-2)), inClause: false };
  if (last && PLACE_SUFFIXES.includes(last)) return { start, typed, prefix: last, level: levelOfPrefix(last), inClause: false };
  // Inside `（市生态环境局、|…负责）`: an open bracket on this line, a list separator before the cursor.
  const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
  if (open >= 0 && last && CLAUSE_OPENERS.includes(last) && !/[）)]/.test(head.slice(open))) {
    const after = doc.text.slice(offset, doc.lines.lineContentEnd(doc.lines.lineOf(offset)));
    const listed = head.slice(open + 1);
    if (/负责|牵头/.test(after.split(/[）)]/)[0]) || /[、]/.test(listed)) {
      // Take the level of the unit listed just before (`市`), so the new unit reads the same way.
      const previous = /([省市县区州旗盟])委?[^、，,（(]*[、，,]$/.exec(listed);
      const prefix = previous ? previous[1] : '';
      return { start, typed, prefix, level: levelOfPrefix(prefix), inClause: true };
    }
  }
  return undefined;
}

function matches(agency: Agency, typed: string): boolean {
  if (!typed) return true;
  if (/^[A-Za-z]+$/.test(typed)) return agency.initials.some((i) => i.startsWith(typed.toLowerCase()));
  return [agency.name, ...agency.variants, ...agency.abbreviations].some((f) => f.includes(typed));
}

/** Agencies to offer after `市`/`省`/`县`/`区`/`市委` or inside a responsibility clause. */
export function agencyCompletions(doc: PolicyDocument, position: Position, dictionary: AgencyDictionary): CompletionList | null {
  const offset = doc.lines.offsetAt(position);
  const site = completionSite(doc, offset);
  if (!site) return null;
  const items: CompletionItem[] = [];
  const range = toRange(doc.lines, site.start, offset);
  for (const a of dictionary.agencies) {
    const local = !(a.levels.length === 1 && a.levels[0] === '国家');
    if (site.level && !site.inClause) {
      if (!local || !a.levels.includes(site.level)) continue;
      const wantsParty = site.prefix.endsWith('委');
      if (wantsParty ? !a.prefixes.includes('party') : !a.prefixes.includes('place')) continue;
    }
    if (site.inClause && site.level && local && !a.levels.includes(site.level)) continue;
    if (a.name.length < 2 || !matches(a, site.typed)) continue;
    const clausePrefix = site.inClause && local ? (a.prefixes.includes('place') ? site.prefix : site.prefix && `${site.prefix}委`) : '';
    const insert = clausePrefix + a.name;
    items.push({
      label: a.name,
      kind: CompletionItemKind.Module,
      detail: [a.abbreviations.length ? `简称 ${a.abbreviations.join('、')}` : '', a.levels.join('/'), a.kind].filter(Boolean).join(' · '),
      documentation: a.note ? { kind: MarkupKind.PlainText, value: a.note } : undefined,
      // Initials that fit what was typed come first, so a client's own filter matches from the start.
      filterText: [...a.initials.filter((i) => /^[A-Za-z]/.test(site.typed) && i.startsWith(site.typed.toLowerCase())), a.name, ...a.abbreviations, ...a.variants, ...a.initials].join(' '),
      sortText: `${a.origin === 'builtin' ? 1 : 0}${a.abbreviations.some((s) => s.startsWith(site.typed)) || a.name.startsWith(site.typed) ? 0 : 1}${a.name}`,
      textEdit: { range, newText: insert },
    });
  }
  return { isIncomplete: true, items };
}
