/**
 * The word rules measured (README “用词”): recall on the test set test/fixtures/words/recall.json, per
 * list, and every word finding on the corpus (../shared/corpus) and the seeds, to be read and judged.
 *
 *   npx tsx scripts/words-measure.ts            # tables and the missed cases
 *   npx tsx scripts/words-measure.ts --corpus   # also every corpus finding with its context
 */
import * as path from 'node:path';
import { measureRecall, wordFindingsOf } from '../test/helpers/wordMeasure';
import { corpusFiles, readText, seedFiles } from '../test/helpers/paths';

const recall = measureRecall();
console.log('| 清单 | 句子 | 报出 | 召回率 | 报出且改法正确 |');
console.log('|---|---|---|---|---|');
for (const row of recall.lists) console.log(`| ${row.list} | ${row.cases} | ${row.detected} | ${(100 * row.detected / row.cases).toFixed(1)} % | ${row.fixed} |`);
console.log(`| 合计 | ${recall.total.cases} | ${recall.total.detected} | ${(100 * recall.total.detected / recall.total.cases).toFixed(1)} % | ${recall.total.fixed} |`);
console.log('\n未报出：');
for (const c of recall.missed) console.log(`  ${c.list}\t${c.wrong} → ${c.right}\t${c.sentence}`);

const files = [...corpusFiles(), ...seedFiles()];
const all = files.flatMap((f) => wordFindingsOf(readText(f)).map((x) => ({ file: path.basename(f), ...x })));
console.log(`\n语料与样例 ${files.length} 份：用词规则共报 ${all.length} 处`);
const byRule = new Map<string, number>();
for (const x of all) byRule.set(x.rule, (byRule.get(x.rule) ?? 0) + 1);
for (const [rule, n] of byRule) console.log(`  ${rule}: ${n}`);
if (process.argv.includes('--corpus')) for (const x of all) console.log(`${x.file}\t${x.rule}\t${x.text}\t${x.context}`);
