// The translations as the browser gets them (dist/talen/<code>.toml), so a test finds a button or heading by the
// words a resident of that language reads, and fails when a text has no translation.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './browser.mjs';

/** The entries of a translation file: `${plek}\0${nl}` → vertaling. */
function lees(code) {
  const text = readFileSync(path.join(DIST, 'talen', `${code}.toml`), 'utf8');
  const map = new Map();
  for (const block of text.split(/^\[\[tekst\]\]$/m).slice(1)) {
    const get = (k) => {
      const m = block.match(new RegExp(`^${k} = ("(?:[^"\\\\]|\\\\.)*")$`, 'm'));
      return m ? JSON.parse(m[1]) : undefined;
    };
    map.set(`${get('plek')}\u0000${get('nl')}`, get('vertaling'));
  }
  return map;
}

/**
 * `tr(nl, waarden, plek)`: the translation into `code` of the Dutch text `nl` (a text of the app by default, or of
 * the regulations file at `plek`), with `{naam}` filled in from `waarden`. Throws when there is none.
 */
export function vertaler(code) {
  const map = lees(code);
  return (nl, waarden = {}, plek = 'app') => {
    const tekst = map.get(`${plek}\u0000${nl}`);
    if (!tekst) throw new Error(`talen/${code}.toml has no translation of ${plek} "${nl}"`);
    return Object.entries(waarden).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, String(v)), tekst);
  };
}
