// Everything on the site that can change data, read from the code rather than from a list kept by
// hand: the write methods route handlers export, and every function exported from a 'use server' file
// (a file with an inline 'use server' function is listed whole, so it cannot slip past either).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : /\.(ts|tsx|js|mjs)$/.test(e.name) ? [full] : [];
  });
}

function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(
    /export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g,
  ))
    names.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** "METHOD /app/path/route.ts" for write methods, "action file#name" for server actions; sorted. */
export function mutatingSurface(): string[] {
  const found: string[] = [];
  const sources = ['app', 'lib', 'db', 'auth.ts'].flatMap((p) => {
    const full = path.join(root, p);
    return fs.statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
  for (const file of sources) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const source = fs.readFileSync(file, 'utf8');
    if (/\/route\.(ts|js)$/.test(rel)) {
      for (const name of exportedNames(source))
        if (WRITE_METHODS.includes(name)) found.push(`${name} ${rel}`);
    }
    if (/^\s*(['"])use server\1/m.test(source)) {
      for (const name of exportedNames(source)) found.push(`action ${rel}#${name}`);
    }
  }
  return found.sort();
}
