// `npm run lint` (part of `npm test`): typescript-eslint's recommended checks, and the layers of
// ARCHITECTURE.md as import rules the build enforces: imports point down only, a rule uses no other
// category's internals, the client reaches the server only through protocol.ts, core uses no Node
// built-ins, and nothing imports in a cycle.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const root = fileURLToPath(new URL('.', import.meta.url));
const SRC = 'server/src';

/** Rule categories are the folders of core/rules/; the files beside them are what every category may share (not the registry). */
const rulesDir = fs.readdirSync(`${root}${SRC}/core/rules`, { withFileTypes: true });
const categories = rulesDir.filter((e) => e.isDirectory()).map((e) => e.name);
const sharedRuleFiles = rulesDir.filter((e) => e.isFile() && e.name !== 'index.ts').map((e) => `./${e.name}`);

/** `target` may not import from `from` (paths from the repository root); `except` paths are relative to `from`. */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

const ENTRY_POINTS = [`${SRC}/server.ts`, `${SRC}/cli.ts`];
const layers = [
  // core: pure analysis; it knows nothing above it.
  ...['lsp', 'cli', 'service', 'project'].map((up) => zone(`${SRC}/core`, `${SRC}/${up}`, `core/ is the bottom layer: it may not import ${up}/`)),
  ...[...ENTRY_POINTS, `${SRC}/protocol.ts`, `${SRC}/resources.ts`, `${SRC}/docx`, `${SRC}/product.ts`].map((file) => zone(`${SRC}/core`, file, 'core/ may not import the entry points, the protocol or I/O modules')),
  // Inside core, from the bottom: model, text, config and data; the parser; the rules; the engine.
  ...['model', 'text', 'config', 'agency', 'places'].flatMap((low) => ['parser', 'rules', 'engine'].map((up) => zone(`${SRC}/core/${low}`, `${SRC}/core/${up}`, `core/${low} lies below core/${up}`))),
  ...['rules', 'engine'].map((up) => zone(`${SRC}/core/parser`, `${SRC}/core/${up}`, `the parser lies below core/${up}`)),
  zone(`${SRC}/core/rules`, `${SRC}/core/engine`, 'rules lie below the engine'),
  // A rule module uses its own category, the shared rule helpers and lower layers, never another category's internals.
  ...categories.map((c) => zone(`${SRC}/core/rules/${c}`, `${SRC}/core/rules`, `a ${c} rule may not use another category's internals (move what both need into a file beside the category folders, core/text or core/parser)`, [`./${c}`, ...sharedRuleFiles])),
  // Services: over core only; no LSP, no CLI, no files.
  ...['lsp', 'cli', 'project'].map((up) => zone(`${SRC}/service`, `${SRC}/${up}`, `service/ may not import ${up}/: services know neither LSP nor the command line nor files`)),
  ...[...ENTRY_POINTS, `${SRC}/protocol.ts`].map((file) => zone(`${SRC}/service`, file, 'service/ answers in domain objects, not protocol types')),
  // protocol.ts is the LSP side's (it loads the protocol library): the CLI's own modules take names from product.ts.
  ...['cli', 'docx', 'project'].map((dir) => zone(`${SRC}/${dir}`, `${SRC}/protocol.ts`, `${dir}/ may not import protocol.ts: it would load the LSP protocol library into the CLI (take names from product.ts)`)),
  // The project files: read by both entry points, above core.
  ...['lsp', 'cli', 'service'].map((up) => zone(`${SRC}/project`, `${SRC}/${up}`, `project/ may not import ${up}/`)),
  // The two front ends do not reach into each other.
  zone(`${SRC}/lsp`, `${SRC}/cli`, 'lsp/ and cli/ are side by side: share code through service/ or project/'),
  zone(`${SRC}/cli`, `${SRC}/lsp`, 'lsp/ and cli/ are side by side: share code through service/ or project/'),
  ...ENTRY_POINTS.map((file) => zone(`${SRC}`, file, 'nothing imports an entry point')),
  // The client talks to the server only through LSP, with the requests typed in protocol.ts.
  zone('client/src', SRC, 'the client may import only server/src/protocol.ts (it talks to the server through LSP)', ['./protocol.ts', './product.ts']),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.e2e/**', 'test-results/**', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // The imported modules are TypeScript too: no-cycle parses them to follow their imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      // tsc (noUnusedLocals/Parameters) reports these already.
      '@typescript-eslint/no-unused-vars': 'off',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layers }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: [`${SRC}/core/**/*.ts`],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    // One vocabulary of characters: a Han range test belongs in core/text/chars.ts (isHanCode), nowhere else.
    files: [`${SRC}/**/*.ts`, 'client/src/**/*.ts'],
    ignores: [`${SRC}/core/text/chars.ts`],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "BinaryExpression[operator=/^[<>]=?$/][right.value=19968], BinaryExpression[operator=/^[<>]=?$/][left.value=19968]",
        message: 'Han character test: use isHanCode / isChineseContextCode from core/text/chars.ts.',
      }],
    },
  },
);
