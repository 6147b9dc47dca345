import { format } from 'node:util';
import { createConnection, ProposedFeatures, ResponseMessage, StreamMessageWriter } from 'vscode-languageserver/node';
import { serveDocxJobs } from './lsp/docxJobs';
import { diagnosticsEncoder } from './lsp/encoding';
import { FrameGuard } from './lsp/framing';
import { startServer } from './lsp/server';
import { loadResources } from './resources';

// The same bundle is the worker thread that reads .docx files for the server.
if (!serveDocxJobs()) main();

function main(): void {
  // `node dist/server.js --stdio` (any editor) or node IPC (the VS Code client): createConnection reads the flags.
  // Over stdio, a FrameGuard in front of the reader answers malformed frames and keeps the stream in step;
  // its answers go through the connection's own writer, so they never interleave with a message.
  const stdio = process.argv.includes('--stdio');
  const writer = stdio ? new StreamMessageWriter(process.stdout, { contentTypeEncoder: diagnosticsEncoder }) : undefined;
  const connection = writer
    ? createConnection(
      ProposedFeatures.all,
      process.stdin.pipe(new FrameGuard((id, code, message) => {
        const reply: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
        void writer.write(reply);
      })),
      // The library takes a stream input (and then exits when it ends, as with plain --stdio) with a
      // MessageWriter output; its typings list only same-kind pairs.
      writer as unknown as NodeJS.WritableStream,
    )
    : createConnection(ProposedFeatures.all);
  if (stdio) {
    // stdout carries the protocol: stray console output goes to the client's log instead.
    console.log = console.info = (...args: unknown[]) => connection.console.log(format(...args));
    console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
    console.error = (...args: unknown[]) => connection.console.error(format(...args));
  }
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
  startServer(connection, loadResources(), __filename);
}
