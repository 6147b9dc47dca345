import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** Requests name their document as `textDocument.uri` (LSP) or `uri` (the custom requests). */
function namesDocument(params: unknown): boolean {
  if (!params || typeof params !== 'object') return false;
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown };
  return typeof p.uri === 'string' || (typeof p.textDocument === 'object' && p.textDocument !== null && typeof p.textDocument.uri === 'string');
}

export type Guard = <P, R>(name: string, fallback: R, handler: (params: P, token?: CancellationToken) => R | Promise<R>) => (params: P, token?: CancellationToken) => Promise<R>;

/**
 * Every handler runs through a guard: params without a document are an InvalidParams error, a request
 * cancelled before or while it ran answers RequestCancelled, and a bug answers the fallback (logged)
 * instead of taking the server down.
 */
export function guardWith(log: (message: string) => void): Guard {
  return <P, R>(name: string, fallback: R, handler: (params: P, token?: CancellationToken) => R | Promise<R>) => {
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, `${name} 已取消`);
    return async (params: P, token?: CancellationToken): Promise<R> => {
      if (!namesDocument(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${name}：参数应含 textDocument.uri（或 uri）`);
      if (token?.isCancellationRequested) throw cancelled();
      let result: R;
      try {
        result = await handler(params, token);
      } catch (e) {
        log(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
      if (token?.isCancellationRequested) throw cancelled();
      return result;
    };
  };
}
