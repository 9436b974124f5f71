// A reader of the BibTeX entries lib/citation.ts writes, as BibTeX itself reads them, so the unit
// test in tests/unit/citation.test.ts can attack the entry with hostile titles.

/** TeX's commands for its specials, back to the characters (the inverse of escapeBibtex). */
export function unescapeTex(text: string): string {
  return text.replace(/\\textbackslash\{\}|\\\^\{\}|\\~\{\}|\\[{}%&#_$]/g, (m) =>
    m === '\\textbackslash{}' ? '\\' : m[1],
  );
}

/** The entry's fields as BibTeX reads them: braces counted, a field ends at depth 0 on "," or "}". */
export function parseEntry(entry: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s{}]+),\n/.exec(entry);
  if (!head) throw new Error(`no entry head in ${entry}`);
  const fields: Record<string, string> = {};
  let i = head[0].length;
  while (i < entry.length) {
    const name = /^\s*(\w+) = \{/.exec(entry.slice(i));
    if (!name) break;
    i += name[0].length;
    let depth = 1;
    let value = '';
    for (; depth > 0; i++) {
      if (i >= entry.length) throw new Error('a field never closes');
      const ch = entry[i];
      if (ch === '\\' && '{}'.includes(entry[i + 1])) {
        value += ch + entry[++i];
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      if (depth > 0) value += ch;
    }
    fields[name[1]] = value;
    if (entry[i] === ',') i++;
  }
  if (entry.slice(i) !== '\n}')
    throw new Error(`the entry does not end where its fields do: ${entry.slice(i)}`);
  return { type: head[1], key: head[2], fields };
}
