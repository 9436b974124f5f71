// Which address a request is counted against. A proxy appends what it saw to X-Forwarded-For, so
// only the right-most entry is the proxy's word; the rest is whatever the client sent.
import { describe, test, expect } from 'vitest';
import {
  clientAddressOf,
  lastForwardedAddress,
  requestAddress,
  CLIENT_ADDRESS_HEADER,
} from '../../lib/client-address';

describe('client address', () => {
  test('behind a trusted proxy the right-most forwarded entry counts, whatever the client wrote before it', () => {
    expect(clientAddressOf('203.0.113.9, 10.0.0.1, 198.51.100.7', '127.0.0.1', true)).toBe('198.51.100.7');
    expect(clientAddressOf(['203.0.113.9', '198.51.100.7'], '127.0.0.1', true)).toBe('198.51.100.7');
    expect(clientAddressOf(' , 198.51.100.7 ,', '127.0.0.1', true)).toBe('198.51.100.7');
  });

  test('without a trusted proxy the header is ignored and the socket counts', () => {
    expect(clientAddressOf('203.0.113.9', '192.0.2.4', false)).toBe('192.0.2.4');
    expect(clientAddressOf(undefined, undefined, false)).toBe('unknown');
    expect(clientAddressOf('', '192.0.2.4', true)).toBe('192.0.2.4');
  });

  test('inside Next the address set by the server in front wins over any forwarded header', () => {
    const headers: Record<string, string> = {
      [CLIENT_ADDRESS_HEADER]: '192.0.2.8',
      'x-forwarded-for': '203.0.113.1',
    };
    expect(requestAddress((name) => headers[name])).toBe('192.0.2.8');
    expect(
      requestAddress(
        (name) => (({ 'x-forwarded-for': '203.0.113.1, 198.51.100.2' }) as Record<string, string>)[name],
      ),
    ).toBe('198.51.100.2');
    expect(lastForwardedAddress(null)).toBeNull();
  });
});
