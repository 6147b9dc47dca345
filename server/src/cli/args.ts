import type { PlaceholderMode } from '../core/config/config';
import { BilingualError, type Bilingual, type UiLanguage } from '../core/model/bilingual';
import { DEFAULT_MAX_DRAFT_BYTES } from '../io/readFile';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly command: 'check' | 'outline' | 'help' | 'version';
  readonly format: OutputFormat;
  /** `--lang`: the language of the diagnostics' messages. */
  readonly language: UiLanguage;
  readonly placeholderMode?: PlaceholderMode;
  /** `--config FILE`: this file for every draft; null: `--no-config`; absent: each draft's `.gongwen/config.json`. */
  readonly config?: string | null;
  readonly fix: boolean;
  /** `--split-headings`: put run-in headings (and a run-together line's paragraphs) on lines of their own and write the file. */
  readonly splitHeadings: boolean;
  /** Extra `.gitignore`-style patterns from `--ignore`. */
  readonly ignore: readonly string[];
  /** `--annotate OUT`: write a copy of the one .docx input with the findings as comments. */
  readonly annotate?: string;
  /** `--track-changes` (with --annotate): safe fixes as tracked changes. */
  readonly trackChanges: boolean;
  /** Worker threads; undefined: one per core. */
  readonly jobs?: number;
  /** Larger files are refused (`--max-size`, in MB). */
  readonly maxBytes: number;
  /** Files, folders and glob patterns as given. */
  readonly inputs: readonly string[];
}

export class UsageError extends BilingualError {}

const USAGE_ZH = `用法：
  gongwen-lint [选项] 文件|文件夹|通配符...          检查公文草稿，输出问题
  gongwen-lint outline [选项] 文件|文件夹|通配符...  输出层次大纲
  gongwen-lint --annotate 输出.docx [--track-changes] 原文.docx
                                                    另存一份带批注的 Word 文档（原文件不改动）

文件夹内检查 .txt .md .gw .gongwen .docx 文件（跳过 node_modules、.git 和被忽略的文件）。
每篇草稿使用从其所在文件夹向上找到的第一个 .gongwen/ 中的 config.json（设置）和 agencies.json（机构词典）。
文本按 BOM、UTF-8、GB18030/GBK 的顺序识别编码；.docx 按段落提取正文。

选项：
  --format text|json|sarif  输出格式（默认 text；json 为 LSP 形式的诊断；sarif 2.1.0 供代码扫描平台使用）
  --lang zh|en              问题说明的语言（默认 zh；en 为英文，与英文界面的 VS Code 所示相同）
  --final                   定稿检查：占位符一律视为错误
  --config 文件             使用此配置文件（及同一文件夹中的 agencies.json），不再查找各草稿的 .gongwen/config.json
  --no-config               不读取任何项目配置（.gongwen/config.json、.gongwen/agencies.json），只用内置默认值
  --fix                     按原编码写回全部可安全修复的问题（先写临时文件再替换；不修改 .docx、只读文件
                            和检查期间被改动的文件）
  --split-headings          把连排在段落中的标题（及整篇连成一行的公文的各部分）另起一行并写回；只插入换行
                            （与 --fix 一样写回）
  --annotate 输出.docx      把每个问题写成 Word 批注（作者“公文起草助手”），另存为“输出.docx”
  --track-changes           与 --annotate 同用：可安全修复的问题同时写成修订，在 Word 中接受或拒绝
  --ignore 模式             忽略匹配的文件（.gitignore 语法，可多次使用；另读取当前目录的 .gongwenignore）
  -j, --jobs N              并行检查的线程数（默认为 CPU 核数）
  --max-size MB             单个文件的大小上限，超过的文件不读取（默认 ${DEFAULT_MAX_DRAFT_BYTES / 1024 / 1024}）
  -h, --help                显示本帮助
  -v, --version             显示版本

退出码：0 无错误；1 存在错误级别的问题；2 用法错误、没有可检查的文件、有文件无法读取/解码，或 --fix 有修复未能写回。`;

const USAGE_EN = `Usage:
  gongwen-lint [options] FILE|FOLDER|GLOB...           check drafts of Chinese official documents, print the problems
  gongwen-lint outline [options] FILE|FOLDER|GLOB...   print the heading outline
  gongwen-lint --annotate OUT.docx [--track-changes] IN.docx
                                                    write a copy of the Word document with comments (the input is unchanged)

In a folder, .txt .md .gw .gongwen .docx files are checked (node_modules, .git and ignored files are skipped).
Each draft uses config.json (settings) and agencies.json (agency dictionary) of the first .gongwen/ found from its folder upwards.
Text files are decoded by BOM, then UTF-8, then GB18030/GBK; a .docx is read paragraph by paragraph.

Options:
  --format text|json|sarif  output format (default text; json: LSP-shaped diagnostics; sarif 2.1.0 for code-scanning dashboards)
  --lang zh|en              language of the messages (default zh; en: English, as an English VS Code shows them)
  --final                   final check: every placeholder is an error
  --config FILE             use this config file (and agencies.json in its folder) instead of each draft's .gongwen/config.json
  --no-config               read no project files (.gongwen/config.json, .gongwen/agencies.json), only the built-in defaults
  --fix                     write every safe fix back in the file's own encoding (through a temporary file; never a .docx,
                            a read-only file or a file changed during the check)
  --split-headings          put run-in headings (and the parts of a document run together on one line) on lines of their
                            own and write the file; inserts only line breaks (written like --fix)
  --annotate OUT.docx       write every problem as a Word comment (author “公文起草助手”) into the copy OUT.docx
  --track-changes           with --annotate: safe fixes as tracked changes too, to accept or reject in Word
  --ignore PATTERN          ignore matching files (.gitignore syntax, repeatable; .gongwenignore in the working folder is read too)
  -j, --jobs N              threads checking in parallel (default: one per CPU core)
  --max-size MB             size limit of one file; larger files are not read (default ${DEFAULT_MAX_DRAFT_BYTES / 1024 / 1024})
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no error; 1 a problem of severity error; 2 bad usage, nothing to check, a file that cannot be read or decoded, or a fix --fix did not write.`;

/** The help text in a language. */
export function usage(language: UiLanguage): string {
  return language === 'zh' ? USAGE_ZH : USAGE_EN;
}

/**
 * The language `--lang` asks for, read before the arguments are parsed: a usage error is told in it even
 * when another argument is wrong (the last `--lang` wins, as in parseArgs).
 */
export function requestedLanguage(argv: readonly string[]): UiLanguage {
  let language: UiLanguage = 'zh';
  argv.forEach((a, i) => {
    const value = a.startsWith('--lang=') ? a.slice('--lang='.length) : a === '--lang' ? argv[i + 1] : undefined;
    if (value === 'zh' || value === 'en') language = value;
  });
  return language;
}

/** `（空）` / `(nothing)` for a missing value, else the value quoted: what a usage error says was given. */
function given(value: string | undefined): Bilingual {
  return value === undefined ? { zh: '（空）', en: 'nothing' } : { zh: `“${value}”`, en: `“${value}”` };
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const CONFIG_CONFLICT = { zh: '--config 与 --no-config 不能同用。', en: '--config and --no-config cannot be used together.' };

export function parseArgs(argv: readonly string[]): CliOptions {
  let command: CliOptions['command'] = 'check';
  let format: OutputFormat = 'text';
  let language: UiLanguage = 'zh';
  let placeholderMode: PlaceholderMode | undefined;
  let config: string | null | undefined;
  let fix = false;
  let splitHeadings = false;
  let annotate: string | undefined;
  let trackChanges = false;
  let jobs: number | undefined;
  let maxBytes = DEFAULT_MAX_DRAFT_BYTES;
  const ignore: string[] = [];
  const inputs: string[] = [];
  /** `--name value` or `--name=value`. */
  const valueOf = (a: string, i: number): [string | undefined, number] => (a.includes('=') ? [a.slice(a.indexOf('=') + 1), i] : [argv[i + 1], i + 1]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (a === '-h' || a === '--help') command = 'help';
    else if (a === '-v' || a === '--version') command = 'version';
    else if (a === '--final') placeholderMode = 'final';
    else if (a === '--fix') fix = true;
    else if (a === '--no-config') {
      if (typeof config === 'string') throw new UsageError(CONFIG_CONFLICT);
      config = null;
    } else if (name === '--config') {
      const [value, next] = valueOf(a, i);
      i = next;
      if (!value) throw new UsageError({ zh: '--config 后应跟配置文件的路径，如 --config .gongwen/config.json。', en: '--config takes the path of a config file, such as --config .gongwen/config.json.' });
      if (config === null) throw new UsageError(CONFIG_CONFLICT);
      config = value;
    }
    else if (a === '--split-headings') splitHeadings = true;
    else if (a === '--track-changes') trackChanges = true;
    else if (name === '--annotate') {
      const [value, next] = valueOf(a, i);
      i = next;
      if (!value || !/\.docx$/i.test(value)) {
        const was = given(value || undefined);
        throw new UsageError({ zh: `--annotate 后应跟输出的 .docx 文件名，如 --annotate 草稿-批注.docx，实为${was.zh}。`, en: `--annotate takes the name of the .docx to write, such as --annotate draft-comments.docx, not ${was.en}.` });
      }
      annotate = value;
    }
    else if (name === '--format') {
      const [value, next] = valueOf(a, i);
      i = next;
      if (!FORMATS.includes(value as OutputFormat)) throw new UsageError({ zh: `--format 的取值应为 text、json 或 sarif，实为${given(value).zh}。`, en: `--format is text, json or sarif, not ${given(value).en}.` });
      format = value as OutputFormat;
    } else if (name === '--lang') {
      const [value, next] = valueOf(a, i);
      i = next;
      if (value !== 'zh' && value !== 'en') throw new UsageError({ zh: `--lang 的取值应为 zh 或 en，实为${given(value).zh}。`, en: `--lang is zh or en, not ${given(value).en}.` });
      language = value;
    } else if (name === '--ignore') {
      const [value, next] = valueOf(a, i);
      i = next;
      if (!value) throw new UsageError({ zh: '--ignore 后应跟一个忽略模式，如 --ignore "旧稿/"。', en: '--ignore takes a pattern, such as --ignore "old/".' });
      ignore.push(value);
    } else if (name === '--jobs' || a === '-j') {
      const [value, next] = valueOf(a, i);
      i = next;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new UsageError({ zh: `--jobs 的取值应为正整数，实为${given(value).zh}。`, en: `--jobs is a positive whole number, not ${given(value).en}.` });
      jobs = n;
    } else if (name === '--max-size') {
      const [value, next] = valueOf(a, i);
      i = next;
      const mb = Number(value);
      if (!value || !Number.isFinite(mb) || mb <= 0) throw new UsageError({ zh: `--max-size 的取值应为正数（单位 MB，如 --max-size 64），实为${given(value).zh}。`, en: `--max-size is a positive number of MB (such as --max-size 64), not ${given(value).en}.` });
      maxBytes = Math.floor(mb * 1024 * 1024);
    } else if (a === 'outline' && inputs.length === 0 && command === 'check') command = 'outline';
    else if (a.startsWith('-') && a !== '-') throw new UsageError({ zh: `未知选项“${a}”。`, en: `Unknown option “${a}”.` });
    else inputs.push(a);
  }
  if ((command === 'check' || command === 'outline') && inputs.length === 0) throw new UsageError({ zh: '请指定至少一个文件、文件夹或通配符。', en: 'Name at least one file, folder or glob.' });
  if (command === 'outline' && format === 'sarif') throw new UsageError({ zh: 'outline 只支持 --format text 或 json。', en: 'outline supports only --format text or json.' });
  if (command === 'outline' && fix) throw new UsageError({ zh: 'outline 不修改文件，不能与 --fix 同用。', en: 'outline changes no file and cannot be used with --fix.' });
  if (command === 'outline' && splitHeadings) throw new UsageError({ zh: 'outline 不修改文件，不能与 --split-headings 同用。', en: 'outline changes no file and cannot be used with --split-headings.' });
  if (trackChanges && annotate === undefined) throw new UsageError({ zh: '--track-changes 只能与 --annotate 同用。', en: '--track-changes works only with --annotate.' });
  if (annotate !== undefined) {
    if (command === 'outline') throw new UsageError({ zh: 'outline 不能与 --annotate 同用。', en: 'outline cannot be used with --annotate.' });
    if (fix) throw new UsageError({ zh: '--annotate 不改写原文件，不能与 --fix 同用；要把修复写成修订，请用 --track-changes。', en: '--annotate never rewrites the input and cannot be used with --fix; for the fixes as tracked changes, use --track-changes.' });
    if (inputs.length !== 1 || !/\.docx$/i.test(inputs[0])) throw new UsageError({ zh: '--annotate 只处理一个 .docx 文件：gongwen-lint --annotate 输出.docx 原文.docx', en: '--annotate takes one .docx file: gongwen-lint --annotate OUT.docx IN.docx' });
  }
  return { command, format, language, placeholderMode, config, fix, splitHeadings, annotate, trackChanges, ignore, jobs, maxBytes, inputs };
}
