import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** Requests name their document as `textDocument.uri` (LSP) or `uri` (the custom requests). */
function namesDocument(params: unknown): boolean {
  if (!params || typeof params !== 'object') return false;
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown };
  return typeof p.uri === 'string' || (typeof p.textDocument === 'object' && p.textDocument !== null && typeof p.textDocument.uri === 'string');
}

/** An LSP position: zero-based line and UTF-16 character, both non-negative integers (uinteger). */
export function isPosition(p: unknown): p is { line: number; character: number } {
  if (!p || typeof p !== 'object') return false;
  const { line, character } = p as { line?: unknown; character?: unknown };
  return Number.isSafeInteger(line) && (line as number) >= 0 && Number.isSafeInteger(character) && (character as number) >= 0;
}

export function isRange(r: unknown): r is { start: { line: number; character: number }; end: { line: number; character: number } } {
  return !!r && typeof r === 'object' && isPosition((r as { start?: unknown }).start) && isPosition((r as { end?: unknown }).end);
}

/** A `position` or `range` in the params that is there but is not one (a fractional or null line): the request is refused. */
function badPosition(params: object): string | undefined {
  const p = params as { position?: unknown; range?: unknown };
  if ('position' in p && !isPosition(p.position)) return 'position';
  if ('range' in p && !isRange(p.range)) return 'range';
  return undefined;
}

export type Guard = <P, R>(name: string, fallback: R, handler: (params: P, token?: CancellationToken) => R | Promise<R>) => (params: P, token?: CancellationToken) => Promise<R>;

/**
 * Every handler runs through a guard: params without a document, or with a position that is none
 * (fractional, negative, null), are an InvalidParams error, a request
 * cancelled before or while it ran answers RequestCancelled, and a bug answers the fallback (logged)
 * instead of taking the server down.
 */
export function guardWith(log: (message: string) => void): Guard {
  return <P, R>(name: string, fallback: R, handler: (params: P, token?: CancellationToken) => R | Promise<R>) => {
    const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, `${name} 已取消`);
    return async (params: P, token?: CancellationToken): Promise<R> => {
      if (!namesDocument(params)) throw new ResponseError(ErrorCodes.InvalidParams, `${name}：参数应含 textDocument.uri（或 uri）`);
      const bad = badPosition(params as object);
      if (bad) throw new ResponseError(ErrorCodes.InvalidParams, `${name}：${bad} 应由非负整数的 line 与 character 组成`);
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
