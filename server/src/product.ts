/**
 * The product's names, for every part: the server, the CLI and (through protocol.ts) the client.
 * Imports nothing, so the CLI bundle does not pull in the protocol library for them.
 */

/** `source` of every diagnostic. */
export const PRODUCT_NAME = '公文起草助手';
/** What the product is called in English text (VS Code's English display name). */
export const PRODUCT_NAME_EN = 'Gongwen Drafting Assistant';
/** Settings section, command prefix and language id. */
export const SECTION = 'gongwen';
