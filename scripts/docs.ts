/**
 * Generated documentation: the settings schema in package.json (with its l10n strings) and the
 * rule table in README are derived from the rule registry. `npm run docs` writes them;
 * test/unit/docs.test.ts fails when they drift.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core/rules/index';
import { SEVERITIES, SEVERITY_NAMES } from '../server/src/core/model/findings';
import { AGENCY_KINDS, AGENCY_LEVELS, PREFIX_KINDS } from '../server/src/core/agency/entries';
import { DEFAULT_LIMITS } from '../server/src/core/config/config';
import { AGENCY_AS_OF } from '../server/src/core/config/config';

export const ROOT = path.resolve(__dirname, '..');


interface Setting {
  key: string;
  schema: Record<string, unknown>;
  zh: string;
  en: string;
}

/** Settings other than the per-rule switches. */
const SETTINGS: Setting[] = [
  { key: 'enable', schema: { type: 'boolean', default: true }, zh: '启用公文检查。', en: 'Enable checking of policy drafts.' },
  {
    key: 'run',
    schema: { type: 'string', enum: ['onType', 'onSave', 'manual'], default: 'onType' },
    zh: '何时检查：onType 边写边查，onSave 保存时检查，manual 仅在运行“公文：检查当前文档”命令时检查。',
    en: 'When to check: while typing, on save, or only on command.',
  },
  { key: 'debounce', schema: { type: 'number', minimum: 0, maximum: 10000, default: 200 }, zh: '停止输入多少毫秒后开始检查（边写边查时）。', en: 'Milliseconds after the last keystroke before checking.' },
  {
    key: 'placeholderMode',
    schema: { type: 'string', enum: ['hint', 'warning', 'final'], default: 'warning' },
    zh: '占位符的严重程度：起草时为 hint（提示）或 warning（警告）；final（定稿检查）时一律为错误。',
    en: 'Placeholder severity: hint or warning while drafting; final makes every placeholder an error.',
  },
  {
    key: 'files',
    schema: { type: 'array', items: { type: 'string' }, default: ['**/*.txt', '**/*.md'] },
    zh: '除“公文”语言的文件外，还检查哪些文件（glob 模式）。修改后语言服务自动重启。',
    en: 'Files checked besides the Gongwen language (glob patterns).',
  },
  {
    key: 'limits',
    schema: {
      type: 'object',
      default: {},
      additionalProperties: false,
      properties: {
        documentCharacters: { type: 'number', minimum: 100, default: DEFAULT_LIMITS.documentCharacters },
        specialDocumentCharacters: { type: 'number', minimum: 100, default: DEFAULT_LIMITS.specialDocumentCharacters },
        speechMinutes: { type: 'number', minimum: 1, default: DEFAULT_LIMITS.speechMinutes },
        charactersPerMinute: { type: 'number', minimum: 50, maximum: 1000, default: DEFAULT_LIMITS.charactersPerMinute },
      },
    },
    zh: '篇幅上限与语速（规则 consistency-length 和大纲字数、讲话时长）：documentCharacters 文件字数（默认 5000），specialDocumentCharacters 专项工作文件字数（默认 4000），speechMinutes 讲话分钟数（默认 60），charactersPerMinute 讲话语速（字/分钟，默认 200）。',
    en: 'Length limits and speaking speed (rule consistency-length, outline counts): characters of a document (5000), of a special-task document (4000), minutes of a speech (60), characters per minute (200).',
  },
  {
    key: 'agencies.asOf',
    schema: { type: 'string', enum: [...AGENCY_AS_OF], default: 'today' },
    zh: '机构旧称按哪个日期检查：today（默认）按今天的名称检查，沿用往年文件时提示已更名的机构；documentDate 按每份文件的成文日期检查（审阅存档文件时用），成文时名称正确的不再提示。',
    en: 'Which date renamed agency names are judged against: today (default), or each document’s own date (for reviewing an archive).',
  },
  {
    key: 'agencies.extra',
    schema: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        required: ['name', 'levels', 'kind'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', pattern: '^[\\u3400-\\u9fff]{1,30}$' },
          title: { type: 'string' },
          abbreviations: { type: 'array', items: { type: 'string' } },
          variants: { type: 'array', items: { type: 'string' } },
          levels: { type: 'array', items: { enum: [...AGENCY_LEVELS] }, minItems: 1 },
          kind: { enum: [...AGENCY_KINDS] },
          prefixes: { type: 'array', items: { enum: [...PREFIX_KINDS] } },
          parents: { type: 'array', items: { type: 'string' } },
          note: { type: 'string' },
        },
      },
    },
    zh: '补充的机构名称（与工作区 `.gongwen/agencies.json` 的条目格式相同），如 `[{"name": "林业和园林局", "abbreviations": ["林园局"], "levels": ["市"], "kind": "政府"}]`。同名条目覆盖内置词典。',
    en: 'Extra agency entries (same format as the workspace file .gongwen/agencies.json); they override built-in entries of the same name.',
  },
];

export function configurationProperties(): { properties: Record<string, unknown>; zh: Record<string, string>; en: Record<string, string> } {
  const properties: Record<string, unknown> = {};
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const s of SETTINGS) {
    const nls = `config.${s.key}`;
    properties[`gongwen.${s.key}`] = { ...s.schema, markdownDescription: `%${nls}%` };
    zh[nls] = s.zh;
    en[nls] = s.en;
  }
  const ruleProps: Record<string, unknown> = {};
  for (const r of RULES) {
    const nls = `rule.${r.id}`;
    ruleProps[r.id] = { type: 'string', enum: ['default', 'off', ...SEVERITIES], default: 'default', description: `%${nls}%` };
    zh[nls] = `${r.description}（默认：${r.offByDefault ? '关闭' : SEVERITY_NAMES[r.defaultSeverity]}）`;
    en[nls] = `${r.descriptionEn} (default: ${r.offByDefault ? 'off' : r.defaultSeverity})`;
  }
  properties['gongwen.rules'] = { type: 'object', default: {}, properties: ruleProps, additionalProperties: false, markdownDescription: '%config.rules%' };
  zh['config.rules'] = '逐条规则的开关与严重程度：default（规则默认）、off（关闭）、error、warning、information、hint。例如 `{"numbering-start": "off"}`。';
  en['config.rules'] = 'Per-rule switch and severity: default, off, error, warning, information or hint.';
  return { properties, zh, en };
}

export function ruleTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.offByDefault ? '关闭' : SEVERITY_NAMES[r.defaultSeverity]} | ${r.fixable ? '是' : '—'} | ${r.description} |`);
  return ['| 规则 | 默认级别 | 可自动修复 | 说明 |', '|---|---|---|---|', ...rows].join('\n');
}

export const RULES_BEGIN = '<!-- rules:begin (generated by `npm run docs`) -->';
export const RULES_END = '<!-- rules:end -->';

export function readmeWithRules(readme: string): string {
  const a = readme.indexOf(RULES_BEGIN);
  const b = readme.indexOf(RULES_END);
  if (a < 0 || b < a) throw new Error('README lacks the rules markers');
  return readme.slice(0, a + RULES_BEGIN.length) + '\n' + ruleTable() + '\n' + readme.slice(b);
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** The generated files as they should be: path → content. */
export function generatedFiles(): Record<string, string> {
  const { properties, zh, en } = configurationProperties();
  const pkg = readJson('package.json') as { contributes: { configuration: { properties: unknown } } };
  pkg.contributes.configuration.properties = properties;
  const nlsEn = { ...readJson('package.nls.json'), ...en };
  const nlsZh = { ...readJson('package.nls.zh-cn.json'), ...zh };
  const json = (o: unknown) => JSON.stringify(o, null, 2) + '\n';
  return {
    'package.json': json(pkg),
    'package.nls.json': json(sortKeys(nlsEn)),
    'package.nls.zh-cn.json': json(sortKeys(nlsZh)),
    'README.md': readmeWithRules(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')),
  };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

if (require.main === module) {
  for (const [file, content] of Object.entries(generatedFiles())) fs.writeFileSync(path.join(ROOT, file), content);
  process.stdout.write('package.json, package.nls*.json and README rules table regenerated\n');
}
