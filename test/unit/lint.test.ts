import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../helpers/paths';

/**
 * The layers of ARCHITECTURE.md are enforced by `npm run lint` (eslint.config.mjs): each planted import
 * below is linted as if it were in the named file, and must fail for the reason given.
 */
describe('lint: the layers the build enforces', function () {
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: ROOT });
  /** Rule ids and messages ESLint reports for `code` placed at `file`. */
  const lint = async (file: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };
  const fails = async (file: string, code: string, rule: string, reason: RegExp) => {
    const messages = await lint(file, code);
    assert.ok(messages.some((m) => m.startsWith(`${rule}:`) && reason.test(m)), `${file} should fail ${rule} (${reason}); got:\n${messages.join('\n')}`);
  };

  it('a file that keeps to its layer passes', async () => {
    assert.deepEqual(await lint('server/src/service/planted.ts', "import { analyzeText } from '../core/engine/analyze';\nexport const planted = analyzeText;\n"), []);
    assert.deepEqual(await lint('client/src/planted.ts', "import { Requests } from '../../server/src/protocol';\nexport const planted = Requests;\n"), []);
  });

  it('core importing upward (lsp/, service/, the protocol) fails', async () => {
    await fails('server/src/core/model/planted.ts', "import { toRange } from '../../lsp/convert';\nexport const planted = toRange;\n", 'import-x/no-restricted-paths', /core\/ is the bottom layer: it may not import lsp\//);
    await fails('server/src/core/rules/planted.ts', "import { fixAll } from '../../service/fixAll';\nexport const planted = fixAll;\n", 'import-x/no-restricted-paths', /may not import service\//);
    await fails('server/src/core/parser/planted.ts', "import { Requests } from '../../protocol';\nexport const planted = Requests;\n", 'import-x/no-restricted-paths', /entry points, the protocol/);
    await fails('server/src/core/parser/planted.ts', "import { RULES } from '../rules/index';\nexport const planted = RULES;\n", 'import-x/no-restricted-paths', /the parser lies below core\/rules/);
  });

  it('Node built-ins in core fail', async () => {
    await fails('server/src/core/text/planted.ts', "import * as fs from 'node:fs';\nexport const planted = fs.readFileSync;\n", 'import-x/no-nodejs-modules', /node:fs/);
  });

  it('a rule using another category’s internals fails; the shared files beside the categories are fine', async () => {
    await fails('server/src/core/rules/punctuation/planted.ts', "import { residuePageNumber } from '../residue/pageNumber';\nexport const planted = residuePageNumber;\n", 'import-x/no-restricted-paths', /another category's internals/);
    assert.deepEqual(await lint('server/src/core/rules/punctuation/planted.ts', "import { protectedSpans } from '../hygiene';\nexport const planted = protectedSpans;\n"), []);
  });

  it('services importing lsp/ or the CLI, and the CLI importing lsp/, fail', async () => {
    await fails('server/src/service/planted.ts', "import { toRange } from '../lsp/convert';\nexport const planted = toRange;\n", 'import-x/no-restricted-paths', /service\/ may not import lsp\//);
    await fails('server/src/cli/planted.ts', "import { Session } from '../lsp/session';\nexport const planted = Session;\n", 'import-x/no-restricted-paths', /side by side/);
  });

  it('the CLI side (cli/, docx/, project/) importing protocol.ts fails: it would load the LSP protocol library into the CLI', async () => {
    await fails('server/src/docx/planted.ts', "import { PRODUCT_NAME } from '../protocol';\nexport const planted = PRODUCT_NAME;\n", 'import-x/no-restricted-paths', /docx\/ may not import protocol\.ts.*product\.ts/);
    await fails('server/src/cli/planted.ts', "import { Requests } from '../protocol';\nexport const planted = Requests;\n", 'import-x/no-restricted-paths', /cli\/ may not import protocol\.ts/);
    assert.deepEqual(await lint('server/src/docx/planted.ts', "import { PRODUCT_NAME } from '../product';\nexport const planted = PRODUCT_NAME;\n"), []);
  });

  it('the client importing server code other than protocol.ts fails', async () => {
    await fails('client/src/planted.ts', "import { analyzeText } from '../../server/src/core/engine/analyze';\nexport const planted = analyzeText;\n", 'import-x/no-restricted-paths', /only server\/src\/protocol\.ts/);
  });

  it('a Han range test outside core/text/chars.ts fails (one vocabulary of characters)', async () => {
    await fails('server/src/core/rules/planted.ts', 'export const planted = (c: number) => c >= 0x4e00 && c <= 0x9fff;\n', 'no-restricted-syntax', /isHanCode/);
  });

  it('an import cycle fails', async () => {
    // sections.ts is imported by report.ts; report.ts importing it back closes a cycle.
    await fails('server/src/service/sections.ts', "import { countFindings } from './report';\nexport const planted = countFindings;\n", 'import-x/no-cycle', /cycle/i);
  });
});
