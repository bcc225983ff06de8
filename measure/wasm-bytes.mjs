// What the WebAssembly is made of: reads `twiggy top --format json` of a build with function names and sums the
// bytes per crate (and per module of this crate), then lists the largest single items. Sizes are raw bytes of
// the optimised module (what brotli then compresses, to about a third); the names section itself is not shipped
// and is left out. With LTO and opt-level "z", much code is inlined into its callers: the app's components carry
// engine and Leptos code, so read the crate totals as "where the code ended up", not "who wrote it".
//   node measure/wasm-bytes.mjs TOP.json [N]      (measure/wasm-bytes.sh makes TOP.json)
import { readFileSync } from 'node:fs';

const [file, n = '25'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node measure/wasm-bytes.mjs TOP.json [N]');
  process.exit(2);
}
const items = JSON.parse(readFileSync(file, 'utf8')).filter((it) => !it.name.startsWith('"function names"'));

const STD = new Set(['str', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize',
  'f32', 'f64', 'bool', 'char', 'alloc', 'core', 'std', 'dlmalloc', 'compiler_builtins']);

/** The crate an item belongs to (for this crate: its module, two levels deep under app and rules). */
function owner(name) {
  if (name.startsWith('data segment')) return 'data segments (strings, tables, constants)';
  if (/^(code|type|import|export|elem|table|memory|global)\[|^__wbg|^__wbindgen|^wasm_bindgen/.test(name)) {
    return 'wasm-bindgen imports, exports and module tables';
  }
  const first = name.replace(/^[<&[(]+/, '').replace(/^(mut |dyn |const )/, '').match(/^[A-Za-z_][A-Za-z0-9_]*/)?.[0];
  if (!first) return 'other';
  if (first === 'potjeswijzer') {
    const [, a, b] = name.match(/potjeswijzer::(\w+)(?:::(\w+))?/) ?? [];
    return a === 'app' || a === 'rules' || a === 'wizard' ? `potjeswijzer::${a}::${b ?? ''}` : `potjeswijzer::${a ?? ''}`;
  }
  return STD.has(first) ? 'std, core, alloc (formatting, collections, allocator)' : first;
}

const total = items.reduce((sum, it) => sum + it.shallow_size, 0);
const groups = new Map();
for (const it of items) groups.set(owner(it.name), (groups.get(owner(it.name)) ?? 0) + it.shallow_size);
const pct = (v) => `${((100 * v) / total).toFixed(1)} %`.padStart(7);
console.log(`| where | bytes | share |\n|---|---:|---:|`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) {
  console.log(`| ${k} | ${v.toLocaleString('en')} | ${pct(v).trim()} |`);
}
console.log(`| **total** (without the names section) | ${total.toLocaleString('en')} | |`);
console.log(`\nlargest items:`);
for (const it of items.slice(0, Number(n))) {
  console.log(`${String(it.shallow_size).padStart(8)} ${pct(it.shallow_size)}  ${it.name.replace(/::h[0-9a-f]{16}$/, '')}`);
}
