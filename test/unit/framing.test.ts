import { strict as assert } from 'node:assert';
import { FrameGuard, MAX_CONTENT_LENGTH } from '../../server/src/lsp/framing';

const frame = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
const REQUEST = '{"jsonrpc":"2.0","id":7,"method":"textDocument/documentSymbol","params":{}}';

/** Feed the guard in chunks as a pipe delivers them; what it passes on and what it answers. */
function feed(input: string | Buffer, chunk = 65536): { passed: string; replies: { code: number; message: string }[] } {
  const replies: { code: number; message: string }[] = [];
  const guard = new FrameGuard((_id, code, message) => replies.push({ code, message }));
  const out: Buffer[] = [];
  guard.on('data', (d: Buffer) => out.push(d));
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input);
  for (let i = 0; i < bytes.length; i += chunk) guard.write(bytes.subarray(i, i + chunk));
  return { passed: Buffer.concat(out).toString(), replies };
}

describe('FrameGuard: the JSON-RPC stream stays in step', () => {
  it('an absurd Content-Length is refused at once (not waited for), and the next message still gets through', () => {
    const { passed, replies } = feed(`Content-Length: 9999999999\r\n\r\n{}${frame(REQUEST)}`);
    assert.equal(passed, frame(REQUEST));
    assert.deepEqual(replies, [{ code: -32700, message: `消息过长：Content-Length 为 9999999999，上限为 ${MAX_CONTENT_LENGTH} 字节` }]);
  });

  it('640 KB of garbage full of blank lines and false header starts: answered once, then the next message gets through', () => {
    // Each blank line ends a header block that is no header: the search for the next header used to
    // lower-case the whole buffer again for each of them (quadratic: 16 s for 640 KB).
    const garbage = 'ab\r\n\r\n'.repeat(100_000) + 'Content-Length: x\r\ncontent-length:\r\n\r\nCONTENT-LENGTH\r\n\r\n'.repeat(3000);
    assert.ok(garbage.length > 640_000);
    const { passed, replies } = feed(garbage + frame(REQUEST));
    assert.equal(passed, frame(REQUEST));
    assert.equal(replies.length, 1);
    assert.equal(replies[0].code, -32700);
  });

  it('garbage without any blank line is dropped as it comes, and a header split across chunks is still read', () => {
    const { passed, replies } = feed('x'.repeat(300_000) + frame(REQUEST) + frame(REQUEST), 7);
    assert.equal(passed, frame(REQUEST) + frame(REQUEST));
    assert.deepEqual(replies.map((r) => r.message), ['消息头缺失或过长']);
  });

  it('a header found inside an invalid header block is recovered (garbage line, then Content-Length)', () => {
    const { passed } = feed(`garbage without any header\r\n${frame(REQUEST)}`);
    assert.equal(passed, frame(REQUEST));
  });
});
