/**
 * Generated documentation: the settings in package.json (with their l10n strings, enumDescriptions and
 * the `jsonValidation` of the project files), the schema of `.gongwen/config.json`, README's rule and
 * settings tables and the rule pages docs/rules/ are derived from the rule registry and the settings declarations
 * (server/src/core/config/settings.ts). `npm run docs` writes them; test/unit/docs.test.ts fails when they drift.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import agencySchema from '../server/src/core/agency/data/agencies.schema.json';
import { SETTING_KEYS, SETTINGS, type SettingKey } from '../server/src/core/config/settings';
import type { JsonSchema } from '../server/src/core/config/schema';
import { RULES } from '../server/src/core/rules/index';
import { SEVERITIES, SEVERITY_NAMES } from '../server/src/core/model/findings';
import { PRODUCT_NAME } from '../server/src/product';
import { withEnumDescriptions } from './enumDescriptions';
import { ruleDocFiles } from './ruleDocs';

export const ROOT = path.resolve(__dirname, '..');

/** Where the schema of `.gongwen/config.json` is written (shipped in the .vsix, contributed through `jsonValidation`). */
export const CONFIG_SCHEMA_FILE = 'schemas/config.schema.json';
const AGENCY_SCHEMA_FILE = 'server/src/core/agency/data/agencies.schema.json';

type Definitions = Record<string, JsonSchema>;

/** A schema with `#/definitions/…` references replaced by what they name (VS Code settings take no references). */
function inlined(schema: unknown, definitions: Definitions): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlined(s, definitions));
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $ref, ...rest } = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (typeof $ref === 'string') {
    const name = $ref.slice($ref.lastIndexOf('/') + 1);
    if (!definitions[name]) throw new Error(`unknown schema reference ${$ref}`);
    Object.assign(out, inlined(definitions[name], definitions));
  }
  for (const [k, v] of Object.entries(rest)) out[k] = inlined(v, definitions);
  return out;
}

/** A setting's value schema, complete: the agency entries from agencies.schema.json, each rule of the registry. */
function valueSchema(key: SettingKey, ruleDescription: (id: string) => string): JsonSchema {
  if (key === 'rules') {
    const properties: Record<string, unknown> = {};
    for (const r of RULES) properties[r.id] = { type: 'string', enum: ['default', 'off', ...SEVERITIES], default: 'default', description: ruleDescription(r.id) };
    return { type: 'object', properties, additionalProperties: false };
  }
  return inlined(SETTINGS[key].type.schema, agencySchema.definitions as Definitions) as JsonSchema;
}

function ruleDefault(id: string): { zh: string; en: string } {
  const r = RULES.find((x) => x.id === id)!;
  return { zh: r.offByDefault ? '关闭' : SEVERITY_NAMES[r.defaultSeverity], en: r.offByDefault ? 'off' : r.defaultSeverity };
}

export function configurationProperties(): { properties: Record<string, unknown>; zh: Record<string, string>; en: Record<string, string> } {
  const properties: Record<string, unknown> = {};
  const zh: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const key of SETTING_KEYS) {
    const s = SETTINGS[key];
    const nls = `config.${key}`;
    properties[`gongwen.${key}`] = { ...valueSchema(key, (id) => `%rule.${id}%`), default: s.default, markdownDescription: `%${nls}%` };
    zh[nls] = s.scope === 'project' ? `${s.zh}也可写在项目的 \`.gongwen/config.json\` 中（此处的设置优先）。` : s.zh;
    en[nls] = s.scope === 'project' ? `${s.en} Can also be set in the project's .gongwen/config.json (this setting wins).` : s.en;
  }
  for (const r of RULES) {
    zh[`rule.${r.id}`] = `${r.description}（默认：${ruleDefault(r.id).zh}）`;
    en[`rule.${r.id}`] = `${r.descriptionEn} (default: ${ruleDefault(r.id).en})`;
  }
  return { properties, zh, en };
}

/** The JSON Schema of `.gongwen/config.json`: the project settings, nested as the file writes them (`agencies.extra` → `agencies: {extra}`). */
export function configSchema(): JsonSchema {
  const root: Record<string, unknown> = { $schema: { type: 'string' } };
  for (const key of SETTING_KEYS) {
    const s = SETTINGS[key];
    if (s.scope !== 'project') continue;
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const object = (node[part] ??= { type: 'object', properties: {}, additionalProperties: false }) as { properties: Record<string, unknown> };
      node = object.properties;
    }
    node[parts[parts.length - 1]] = { ...valueSchema(key, (id) => `${RULES.find((r) => r.id === id)!.description}（默认：${ruleDefault(id).zh}）`), default: s.default, description: s.zh };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `${PRODUCT_NAME} · 项目配置（.gongwen/config.json）`,
    description: '一个项目共用的设置：编辑器和 gongwen-lint 都读取；编辑器的用户设置和工作区设置优先于本文件。',
    type: 'object',
    properties: root,
    additionalProperties: false,
  };
}

/** README's settings table: key, where it may be set, default, what it does. */
export function settingsTable(): string {
  const rows = SETTING_KEYS.map((key) => {
    const s = SETTINGS[key];
    const where = s.scope === 'project' ? '`.gongwen/config.json`、设置' : '设置';
    const value = key === 'rules' ? '`{}`' : `\`${JSON.stringify(s.default)}\``;
    return `| \`${key}\` | ${where} | ${value} | ${s.zh.replace(/\|/g, '\\|')} |`;
  });
  return ['| 键（设置中为 `gongwen.` + 键） | 可写在 | 默认值 | 说明 |', '|---|---|---|---|', ...rows].join('\n');
}

export function ruleTable(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.offByDefault ? '关闭' : SEVERITY_NAMES[r.defaultSeverity]} | ${r.fixable ? '是' : '—'} | ${r.description} |`);
  return ['| 规则 | 默认级别 | 可自动修复 | 说明 |', '|---|---|---|---|', ...rows].join('\n');
}

/** README with a generated block between `<!-- name:begin … -->` and `<!-- name:end -->` replaced. */
function withBlock(readme: string, name: string, content: string): string {
  const begin = `<!-- ${name}:begin (generated by \`npm run docs\`) -->`;
  const end = `<!-- ${name}:end -->`;
  const a = readme.indexOf(begin);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README lacks the ${name} markers`);
  return readme.slice(0, a + begin.length) + '\n' + content + '\n' + readme.slice(b);
}

export function readmeWithRules(readme: string): string {
  return withBlock(withBlock(readme, 'rules', ruleTable()), 'settings', settingsTable());
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** The generated files as they should be: path → content. */
export function generatedFiles(): Record<string, string> {
  const settings = configurationProperties();
  const { properties, zh, en } = withEnumDescriptions(settings.properties);
  const pkg = readJson('package.json') as { contributes: { configuration: { properties: unknown }; jsonValidation?: unknown } };
  pkg.contributes.configuration.properties = properties;
  pkg.contributes.jsonValidation = [
    { fileMatch: '**/.gongwen/config.json', url: `./${CONFIG_SCHEMA_FILE}` },
    { fileMatch: '**/.gongwen/agencies.json', url: `./${AGENCY_SCHEMA_FILE}` },
  ];
  const nlsEn = { ...readJson('package.nls.json'), ...settings.en, ...en };
  const nlsZh = { ...readJson('package.nls.zh-cn.json'), ...settings.zh, ...zh };
  const json = (o: unknown) => JSON.stringify(o, null, 2) + '\n';
  return {
    'package.json': json(pkg),
    'package.nls.json': json(sortKeys(nlsEn)),
    'package.nls.zh-cn.json': json(sortKeys(nlsZh)),
    'README.md': readmeWithRules(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')),
    [CONFIG_SCHEMA_FILE]: json(configSchema()),
    ...ruleDocFiles(),
  };
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

if (require.main === module) {
  for (const [file, content] of Object.entries(generatedFiles())) {
    fs.mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    fs.writeFileSync(path.join(ROOT, file), content);
  }
  process.stdout.write(`${Object.keys(generatedFiles()).join(', ')} regenerated\n`);
}
