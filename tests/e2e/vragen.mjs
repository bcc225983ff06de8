// The question texts as the regulations file words them, so a policy officer can reword a question without
// breaking the browser tests. Read from the built copy the browser gets (dist/regulations.toml).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './browser.mjs';

let texts;

/** The `tekst` of the `[[vraag]]` with this id. */
export function vraagTekst(id) {
  texts ??= questionTexts(readFileSync(path.join(DIST, 'regulations.toml'), 'utf8'));
  const tekst = texts.get(id);
  if (tekst === undefined) throw new Error(`regulations.toml has no [[vraag]] with id "${id}"`);
  return tekst;
}

function questionTexts(toml) {
  const out = new Map();
  for (const block of toml.split(/^\[\[vraag\]\]$/m).slice(1)) {
    const own = block.split(/^\[/m)[0];
    const id = own.match(/^id = "([^"]*)"$/m)?.[1];
    const tekst = own.match(/^tekst = ("(?:[^"\\]|\\.)*")$/m)?.[1];
    if (id && tekst) out.set(id, JSON.parse(tekst));
  }
  return out;
}
