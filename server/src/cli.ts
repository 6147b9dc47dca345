import * as fs from 'node:fs';
import { RULES } from './core/rules/index';
import { textIn, type Bilingual, type UiLanguage } from './core/model/bilingual';
import { problemLine } from './core/model/problems';
import { parseArgs, requestedLanguage, usage, UsageError, CliOptions } from './cli/args';
import type { CheckJob, FileReport } from './cli/checkFile';
import { writeAnnotatedCopy } from './cli/annotate';
import { expandInputs, ExpandedInputs, IgnoreFileError } from './cli/inputs';
import { escapeForTerminal, JsonOutlineNode, toSarif, toTextLine } from './cli/output';
import { checkFiles, serveAsWorker, workerCount } from './cli/pool';
import { CliSettings } from './cli/projectSettings';
import { loadResources } from './resources';

/** Bytes to read, to decide whether threads pay off; unreadable files count as nothing. */
function totalSize(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += fs.statSync(file).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return total;
}

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';

/** A one-line counter on stderr, only on a terminal (never in pipes, logs or CI output). */
function progressIndicator(total: number, language: UiLanguage): { update(done: number): void; clear(): void } {
  const active = process.stderr.isTTY === true && total > 1;
  let last = 0;
  let visible = false;
  return {
    update(done) {
      const now = Date.now();
      if (!active || (now - last < 100 && done < total)) return;
      last = now;
      visible = true;
      process.stderr.write(`\r${textIn({ zh: `正在检查 ${done}/${total}`, en: `Checking ${done}/${total}` }, language)}`);
    },
    /** Before anything else is written to the terminal. */
    clear() {
      if (visible) process.stderr.write('\r\x1b[K');
      visible = false;
    },
  };
}

/**
 * Exit codes: 0 no error-severity finding; 1 at least one; 2 bad usage, nothing to check, a file
 * that cannot be read or decoded, or a fix `--fix` did not write (the other files are still checked
 * and reported).
 */
async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      const language = requestedLanguage(argv);
      process.stderr.write(`${e.in(language)}\n\n${usage(language)}\n`);
      return 2;
    }
    throw e;
  }
  const { language } = options;
  const say = (text: Bilingual) => textIn(text, language);
  if (options.command === 'help') {
    process.stdout.write(usage(language) + '\n');
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  // File names and quoted draft text may hold escape sequences: a terminal is shown them, never sent them.
  const forStdout = process.stdout.isTTY ? escapeForTerminal : (text: string) => text;
  const forStderr = process.stderr.isTTY ? escapeForTerminal : (text: string) => text;
  if (typeof options.config === 'string' && !fs.existsSync(options.config)) {
    process.stderr.write(forStderr(say({ zh: `找不到配置文件“${options.config}”。`, en: `No such config file: “${options.config}”.` })) + '\n');
    return 2;
  }
  const job: CheckJob = { command: options.command, format: options.format, language: options.language, placeholderMode: options.placeholderMode, config: options.config, fix: options.fix, splitHeadings: options.splitHeadings, maxBytes: options.maxBytes };
  // Each project's files are read and reported here once; the worker threads resolve the same settings quietly.
  const settings = new CliSettings(loadResources(), job);
  if (options.annotate !== undefined) {
    // The annotated copy first; then the report of the same file, as for any check.
    const annotated = writeAnnotatedCopy(options, settings.settingsOf(options.inputs[0]));
    for (const note of annotated.notes) process.stderr.write(forStderr(note) + '\n');
    if (annotated.failed) return 2;
  }
  let expanded: ExpandedInputs;
  try {
    expanded = expandInputs(options.inputs, options.ignore, process.cwd(), (file) => settings.draftGlobsOf(file));
  } catch (e) {
    if (!(e instanceof IgnoreFileError)) throw e;
    process.stderr.write(forStderr(e.in(language)) + '\n');
    return 2;
  }
  const { files, empty } = expanded;
  for (const input of empty) {
    const nothing = { zh: `“${input}”中没有可检查的文件（或都已被忽略，或不在项目设置 files 之内）。`, en: `No file to check in “${input}” (or all are ignored, or outside the project's files setting).` };
    process.stderr.write(forStderr(say(nothing)) + '\n');
  }
  if (files.length === 0) return 2;
  let exit = empty.length ? 2 : 0;
  const reported = new Set<string>();
  for (const file of files) {
    for (const p of settings.settingsOf(file).problems) {
      const line = problemLine(p, language);
      if (reported.has(line)) continue;
      reported.add(line);
      process.stderr.write(forStderr(line) + '\n');
      exit = 2;
    }
  }
  const progress = progressIndicator(files.length, language);
  const reports: FileReport[] = [];
  const stdout: string[] = [];
  const flush = () => {
    if (stdout.length) progress.clear();
    if (stdout.length) process.stdout.write(stdout.join('\n') + '\n');
    stdout.length = 0;
  };
  await checkFiles(files, job, settings, workerCount(files.length, totalSize(files), options.jobs), __filename, (report) => {
    if (report.notes.length || report.error || report.fixError) progress.clear();
    for (const note of report.notes) process.stderr.write(forStderr(note) + '\n');
    if (report.error) process.stderr.write(forStderr(report.error) + '\n');
    if (report.fixError) process.stderr.write(forStderr(report.fixError) + '\n');
    if (report.error || report.fixError) {
      exit = 2;
    } else if (exit === 0 && report.diagnostics.some((d) => d.severity === 1)) {
      exit = 1;
    }
    // Line by line (a spread of a 10 MB draft's findings would overflow the call stack).
    if (options.format !== 'text') reports.push(report);
    else if (options.command === 'outline' && !report.error) {
      stdout.push(forStdout(`${report.file}:`));
      for (const line of report.outline as string[]) stdout.push(forStdout('  ' + line));
    } else {
      for (const d of report.diagnostics) stdout.push(forStdout(toTextLine(report.file, d, language)));
    }
    // Text streams file by file; a long run shows its findings as it goes.
    if (stdout.length > 1000) flush();
  }, (done) => progress.update(done));
  progress.clear();
  flush();
  // Indented for a person at a terminal; compact in a pipe or file, where a program reads it (and a
  // 10 MB draft's report is half the size and written in a third of the time).
  const indent = process.stdout.isTTY ? 2 : undefined;
  if (options.format === 'sarif') {
    process.stdout.write(JSON.stringify(toSarif(reports, RULES, VERSION, process.cwd(), language), null, indent) + '\n');
  } else if (options.format === 'json') {
    const json = reports.map((r) => options.command === 'outline'
      ? { file: r.file, ...(r.encoding ? { encoding: r.encoding } : {}), ...(r.error ? { error: r.error } : {}), outline: (r.outline ?? []) as JsonOutlineNode[] }
      : { file: r.file, ...(r.encoding ? { encoding: r.encoding } : {}), ...(r.error ? { error: r.error } : {}), ...(r.fixError ? { fixError: r.fixError } : {}), diagnostics: r.diagnostics });
    process.stdout.write(JSON.stringify(json, null, indent) + '\n');
  }
  return exit;
}

// The bundle is also the worker script of the thread pool.
if (!serveAsWorker(loadResources)) {
  // `gongwen-lint … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (e: unknown) => {
    const error = e instanceof Error ? e.stack ?? e.message : String(e);
    process.stderr.write(`${textIn({ zh: `gongwen-lint 内部错误：${error}`, en: `gongwen-lint internal error: ${error}` }, requestedLanguage(process.argv.slice(2)))}\n`);
    process.exitCode = 2;
  });
}
