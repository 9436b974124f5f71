// Requests the write API must refuse whole, each with the status it answers, shared by
// api-bad-requests.test.ts: first the ones refused for the body's bytes or shape.
import { NEW_PLEDGE } from './api-support';

export type Case = {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  auth?: string | null;
  status: number;
  field?: string;
};
const big = 'x'.repeat(1_000_001);
const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
export const BAD_BODIES: Case[] = [
  {
    name: 'malformed JSON',
    method: 'POST',
    path: '/api/v1/pledges',
    body: '{"donor": "Japan",',
    status: 400,
  },
  {
    name: 'empty body',
    method: 'POST',
    path: '/api/v1/pledges',
    body: '',
    headers: { 'Content-Type': 'application/json' },
    status: 400,
  },
  { name: 'invalid UTF-8', method: 'POST', path: '/api/v1/pledges', body: invalidUtf8, status: 400 },
  { name: 'array body', method: 'POST', path: '/api/v1/pledges', body: [NEW_PLEDGE], status: 400 },
  {
    name: 'wrong content type',
    method: 'POST',
    path: '/api/v1/pledges',
    body: JSON.stringify(NEW_PLEDGE),
    headers: { 'Content-Type': 'text/plain' },
    status: 415,
  },
  {
    name: 'form content type',
    method: 'POST',
    path: '/api/v1/pledges',
    body: 'donor=Japan',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    status: 415,
  },
  {
    name: 'body over 1 MB',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, description: big },
    status: 413,
  },
  {
    name: 'unknown field',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, colour: 'red' },
    status: 422,
    field: 'colour',
  },
  {
    name: 'output field sent back',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, amountMinor: 1 },
    status: 422,
    field: 'amountMinor',
  },
];
