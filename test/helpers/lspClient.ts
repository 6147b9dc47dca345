import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection, InitializeParams, ProtocolConnection, PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './paths';

export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');

/**
 * A minimal LSP client over stdio against the built server, for protocol tests. Waits on
 * notifications (never on fixed sleeps).
 */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly stderr: string[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void; predicate: (p: PublishDiagnosticsParams) => boolean }[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.predicate(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onUnhandledNotification((n) => this.notifications.push({ method: n.method, params: n.params }));
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/showMessage', (p) => this.notifications.push({ method: 'window/showMessage', params: p }));
    this.connection.onRequest('window/showMessageRequest', (p) => { this.notifications.push({ method: 'window/showMessageRequest', params: p }); return null; });
    this.connection.listen();
  }

  /** What `workspace/configuration` answers for `gongwen`. */
  settings: unknown = {};

  /** `folder`: the workspace folder (a path), where the server looks for project files. */
  async initialize(options: { pull?: boolean; configuration?: boolean; settings?: unknown; folder?: string; watch?: boolean; locale?: string; initializationOptions?: Record<string, unknown> } = {}): Promise<unknown> {
    if (options.settings !== undefined) this.settings = options.settings;
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: options.folder ? fileUri(options.folder) : null,
      ...(options.folder ? { workspaceFolders: [{ uri: fileUri(options.folder), name: path.basename(options.folder) }] } : {}),
      capabilities: {
        workspace: { configuration: options.configuration ?? false, ...(options.watch ? { didChangeWatchedFiles: { dynamicRegistration: true } } : {}) },
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
      },
      initializationOptions: { ...(options.configuration ? {} : { settings: options.settings }), ...options.initializationOptions },
      ...(options.locale ? { locale: options.locale } : {}),
    };
    const result = await this.connection.sendRequest('initialize', params);
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** The next diagnostics published for uri that satisfy the predicate (or the last one, if it already does). */
  waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const current = this.diagnostics.get(uri);
    if (current && predicate(current)) return Promise.resolve(current);
    return new Promise((resolve) => this.waiters.push({ uri, resolve, predicate }));
  }

  /** Forget the last diagnostics so the next wait sees only new ones. */
  resetDiagnostics(uri: string): void {
    this.diagnostics.delete(uri);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}

export function fileUri(file: string): string {
  return 'file://' + file.split(path.sep).map(encodeURIComponent).join('/');
}
