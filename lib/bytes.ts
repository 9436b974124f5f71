// Joins byte chunks into one array of its own: never a slice of Node's shared Buffer pool, so the
// result may be handed to another thread (transferred) or kept without pinning the pool.
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.byteLength;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
