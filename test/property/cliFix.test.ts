import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../server/src/core/config/config';
import { fixAllText } from '../../server/src/service/fixAll';
import { ROOT } from '../helpers/paths';
import { counted, numberedDraft, runs } from './drafts';

const CLI = path.join(ROOT, 'dist', 'cli.js');

/** What a UTF-8 file can hold: no NUL (the CLI refuses binary files), no lone surrogates. */
const fileDraft = numberedDraft.map((t) => t.replace(/\u0000/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

/** `dist/cli.js --fix` as a black box: the file ends as fix-all of the original, written whole, with nothing left beside it. */
describe('property: the CLI’s --fix writes fix-all results atomically', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-fix-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('generated drafts: content equals fixAll of the original (BOM kept), file mode kept, no temporary file remains', () => {
    let changed = 0;
    fc.assert(fc.property(fileDraft, fc.boolean(), counted((text: string, bom: boolean) => {
      const body = text.replace(/^\ufeff/, '');
      const file = path.join(dir, 'draft.txt');
      fs.writeFileSync(file, (bom ? '\ufeff' : '') + body, { mode: 0o640 });
      fs.chmodSync(file, 0o640);
      const run = spawnSync(process.execPath, [CLI, '--fix', '--format', 'json', file], { encoding: 'utf8' });
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
      const expected = fixAllText(body, DEFAULT_CONFIG).text;
      if (expected !== body) changed++;
      assert.equal(fs.readFileSync(file, 'utf8'), (bom ? '\ufeff' : '') + expected);
      assert.deepEqual(fs.readdirSync(dir), ['draft.txt'], 'a temporary file was left behind');
      assert.equal(fs.statSync(file).mode & 0o777, 0o640, 'the file mode changed');
      // The reported findings are those of the written text: JSON output parses and names the file.
      assert.equal((JSON.parse(run.stdout) as { file: string }[])[0].file, file);
    })), { numRuns: Math.min(runs(15), 200) });
    assert.ok(changed > 0, 'no generated draft needed a fix');
  });
});
