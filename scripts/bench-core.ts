// The analysis core as one CommonJS module for scripts/bench.mjs (bundled to dist/bench-core.js).
export { parseDocument, reparseDocument } from '../server/src/core/parser/parseDocument';
export { analyzeDocument } from '../server/src/core/engine/analyze';
export { DEFAULT_CONFIG } from '../server/src/core/config/config';
export { decodeDraft } from '../server/src/cli/encoding';
export { loadResources } from '../server/src/resources';
export { RULES } from '../server/src/core/rules/index';
export { reanalyzeDocument, recheckedLines } from '../server/src/core/engine/incremental';
export { INCREMENTAL_MIN_LENGTH } from '../server/src/lsp/analysisCache';
export { SETTINGS } from '../server/src/core/config/settings';
export { SECTION } from '../server/src/product';
