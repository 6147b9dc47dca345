/**
 * When the language client starts the server again (no vscode import here, so the decision is unit-tested).
 *
 * vscode-languageclient's default error handler shuts the client down for good on a connection error that
 * carries no count — the `error` event of the server's stdin, which is what a write after the server died
 * raises (EPIPE) — and a client shutting down ignores the close that follows. So a killed or crashed server
 * came back only if the client wrote nothing to it between its death and the close of its stdout: a
 * keystroke, a view asking for symbols or an answer to the server's last request in that instant left the
 * writer without checking until VS Code restarted. Here a connection error never decides: the close of the
 * connection, which always follows a dead server, does: it restarts the server unless the server died more
 * than four times in three minutes (a crash loop), when the writer is told and can restart it by hand.
 */

/** Crashes closer together than this count as one run of crashes. */
export const CRASH_WINDOW_MS = 3 * 60 * 1000;
/** Restarts allowed within the window; one crash more and the client gives up. */
export const MAX_RESTARTS = 4;

/** Minutes of the window, for the message that says the client gave up. */
export const CRASH_WINDOW_MINUTES = CRASH_WINDOW_MS / 60_000;

export type CloseDecision = 'restart' | 'give-up';

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** The connection closed without the client stopping it: the server died. */
  closed(): CloseDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < CRASH_WINDOW_MS);
    this.crashes.push(t);
    return this.crashes.length <= MAX_RESTARTS ? 'restart' : 'give-up';
  }

  /** The writer restarted the server by hand: the crashes before count no more. */
  reset(): void {
    this.crashes = [];
  }
}
