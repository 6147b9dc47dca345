import type { PlaceholderMode } from '../core/config/config';

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  readonly command: 'check' | 'outline' | 'help' | 'version';
  readonly format: OutputFormat;
  readonly placeholderMode?: PlaceholderMode;
  readonly fix: boolean;
  readonly files: readonly string[];
}

export class UsageError extends Error {}

export const USAGE = `用法：
  gongwen-lint [选项] 文件...          检查公文草稿，输出问题
  gongwen-lint outline [选项] 文件...  输出层次大纲

选项：
  --format text|json   输出格式（默认 text；json 为 LSP 形式的诊断）
  --final              定稿检查：占位符一律视为错误
  --fix                写回全部可安全修复的问题
  -h, --help           显示本帮助
  -v, --version        显示版本

退出码：0 无错误；1 存在错误级别的问题；2 用法错误或文件无法读取。`;

export function parseArgs(argv: readonly string[]): CliOptions {
  let command: CliOptions['command'] = 'check';
  let format: OutputFormat = 'text';
  let placeholderMode: PlaceholderMode | undefined;
  let fix = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') command = 'help';
    else if (a === '-v' || a === '--version') command = 'version';
    else if (a === '--final') placeholderMode = 'final';
    else if (a === '--fix') fix = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format 的取值应为 text 或 json，实为 ${value === undefined ? '（空）' : `“${value}”`}。`);
      format = value;
    } else if (a === 'outline' && files.length === 0 && command === 'check') command = 'outline';
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`未知选项“${a}”。`);
    else files.push(a);
  }
  if ((command === 'check' || command === 'outline') && files.length === 0) throw new UsageError('请指定至少一个文件。');
  return { command, format, placeholderMode, fix, files };
}
