/**
 * Derives the committed reading table `server/src/core/text/data/tones.json` from pinyin-pro (a
 * dependency), so that the rules read a character's pinyin without loading pinyin-pro's tables: loading
 * them and the first lookup cost about 60 ms, more than the rest of a CLI run on a short draft.
 *
 *   npm run data:tones            # rewrite the file
 *   npm run data:tones -- --check # exit 1 when the committed file differs from what pinyin-pro gives
 *
 * The table covers U+3400–U+9FFF (CJK Unified Ideographs and Extension A); the rules ask pinyin-pro
 * itself for any other character. test/unit/tones.test.ts compares every entry with pinyin-pro.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pinyin } from 'pinyin-pro';
import pinyinPackage from 'pinyin-pro/package.json';

export const OUT = path.join(__dirname, '..', 'server', 'src', 'core', 'text', 'data', 'tones.json');
export const FIRST = 0x3400;
export const LAST = 0x9fff;

/** The table as the installed pinyin-pro gives it, dated `generated`. */
export function buildTones(generated: string): string {
  const defaults: string[] = [];
  const alternatives: Record<string, string[]> = {};
  for (let code = FIRST; code <= LAST; code++) {
    const ch = String.fromCharCode(code);
    const reading = pinyin(ch, { toneType: 'num', type: 'string', multiple: false });
    defaults.push(reading === ch ? '' : reading);
    const all = pinyin(ch, { toneType: 'none', type: 'array', multiple: true });
    if (all.length !== 1 || all[0] !== reading.replace(/[0-9]/g, '')) alternatives[ch] = all;
  }
  const syllables = [...new Set(defaults.filter((r) => r))].sort();
  const index = new Map(syllables.map((s, i) => [s, i + 1]));
  const table = {
    $schema: './tones.schema.json',
    description: '汉字读音表：U+3400–U+9FFF 每个字的默认读音（带调号）和多音字的全部读音（不带调），由 scripts/tones.ts 从 npm 包 pinyin-pro 生成，勿手工编辑。',
    source: { package: 'pinyin-pro', packageVersion: pinyinPackage.version, repository: 'zh-lx/pinyin-pro', license: 'MIT' },
    generated,
    first: FIRST,
    last: LAST,
    syllables,
    readings: defaults.map((r) => (r ? index.get(r)! : 0)),
    alternatives,
  };
  return JSON.stringify(table, null, 0).replace(/^\{/, '{\n').replace(/,"(syllables|readings|alternatives)":/g, ',\n"$1":').replace(/\}$/, '\n}') + '\n';
}

if (require.main === module) {
  const committed = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  // The committed date stays while pinyin-pro gives the same table.
  const unchanged = committed !== '' && buildTones((JSON.parse(committed) as { generated: string }).generated) === committed;
  if (process.argv.includes('--check')) {
    if (!unchanged) {
      console.error(`${path.relative(process.cwd(), OUT)} differs from what pinyin-pro ${pinyinPackage.version} gives: run npm run data:tones`);
      process.exit(1);
    }
    console.log(`tones.json matches pinyin-pro ${pinyinPackage.version}`);
  } else if (unchanged) {
    console.log(`tones.json already matches pinyin-pro ${pinyinPackage.version}`);
  } else {
    const next = buildTones(new Date().toISOString().slice(0, 10));
    fs.writeFileSync(OUT, next);
    console.log(`wrote ${path.relative(process.cwd(), OUT)} (${Buffer.byteLength(next)} bytes)`);
  }
}
