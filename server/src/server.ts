import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';
import { loadResources } from './resources';

// `node dist/server.js --stdio` (any editor) or node IPC (the VS Code client): createConnection reads the flags.
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
startServer(connection, loadResources());
