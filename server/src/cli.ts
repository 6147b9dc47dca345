import * as fs from 'node:fs';
import { analyzeDocument } from './core/engine/analyze';
import { applyEdits, safeFixEdits } from './core/engine/fixes';
import { DEFAULT_CONFIG, AnalysisConfig } from './core/config/config';
import { parseDocument } from './core/parser/parseDocument';
import { parseArgs, UsageError, USAGE } from './cli/args';
import { readDraft, UnreadableFileError } from './cli/readDraft';
import { outlineJson, outlineText, toJsonDiagnostic, toTextLine } from './cli/output';
import { loadResources } from './resources';

declare const PACKAGE_VERSION: string;

/** Exit codes: 0 no error-severity finding; 1 at least one; 2 bad usage or an unreadable file. */
function main(argv: readonly string[]): number {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (options.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (options.command === 'version') {
    process.stdout.write(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev'}\n`);
    return 0;
  }
  const config: AnalysisConfig = options.placeholderMode ? { ...DEFAULT_CONFIG, placeholderMode: options.placeholderMode } : DEFAULT_CONFIG;
  const resources = loadResources();
  let exit = 0;
  const json: unknown[] = [];
  const text: string[] = [];
  for (const file of options.files) {
    let draft;
    try {
      draft = readDraft(file);
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      process.stderr.write(e.message + '\n');
      exit = 2;
      continue;
    }
    const source = draft.text;
    if (options.command === 'outline') {
      const doc = parseDocument(source);
      if (options.format === 'json') json.push({ file, outline: outlineJson(doc.lines, doc.root) });
      else text.push(`${file}:`, ...outlineText(doc.root).map((l) => '  ' + l));
      continue;
    }
    let result = analyzeDocument(parseDocument(source), config, resources);
    if (options.fix) {
      let fixed = source;
      for (let pass = 0; pass < 10; pass++) {
        const edits = safeFixEdits(result.findings);
        if (!edits.length) break;
        fixed = applyEdits(fixed, edits);
        result = analyzeDocument(parseDocument(fixed), config, resources);
      }
      if (fixed !== source) writeAtomically(file, (draft.bom ? '\ufeff' : '') + fixed);
    }
    const lines = result.document.lines;
    if (result.findings.some((f) => f.severity === 'error') && exit === 0) exit = 1;
    if (options.format === 'json') json.push({ file, diagnostics: result.findings.map((f) => toJsonDiagnostic(lines, f)) });
    else text.push(...result.findings.map((f) => toTextLine(file, lines, f)));
  }
  if (options.format === 'json') process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  else if (text.length) process.stdout.write(text.join('\n') + '\n');
  return exit;
}

/** Write through a temporary file and rename, so an interrupted run never leaves half a draft. */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.gongwen-${process.pid}.tmp`;
  fs.writeFileSync(tmp, content, 'utf8');
  fs.renameSync(tmp, file);
}

// `gongwen-lint … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
