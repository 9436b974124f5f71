// One HTTP/1.1 exchange written byte for byte on a fresh socket (node:net), for tests that must send
// what a hostile client sends: a body on a GET, odd headers. The connection is left keep-alive, as
// curl leaves it; the answer is complete when its Content-Length or last chunk has arrived.
import net from 'node:net';

export type RawAnswer = { status: number; head: string; body: string };

function complete(data: Buffer): RawAnswer | null {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = data.subarray(0, end).toString('latin1');
  const body = data.subarray(end + 4);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
  if (length)
    return body.length >= Number(length[1])
      ? { status, head, body: body.subarray(0, Number(length[1])).toString('utf8') }
      : null;
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head))
    return body.includes('\r\n0\r\n\r\n') ? { status, head, body: body.toString('utf8') } : null;
  return status === 304 || status === 204 ? { status, head, body: '' } : null;
}

export function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 30_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer within ${timeoutMs} ms:\n${data}`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      const answer = complete(data);
      if (answer) {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      reject(new Error(`connection closed before a complete answer:\n${data}`));
    });
    socket.write(bytes);
  });
}

/** The page's <title> text, or null. */
export function titleOf(html: string): string | null {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? null;
}
