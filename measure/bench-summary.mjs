// Collects criterion's estimates (target/criterion/*/new/) into one table and reports/bench.json.
//   node measure/bench-summary.mjs target/criterion reports/bench.json
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const [dir = 'target/criterion', out = 'reports/bench.json'] = process.argv.slice(2);
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(3)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const rows = [];
for (const name of existsSync(dir) ? readdirSync(dir) : []) {
  const est = path.join(dir, name, 'new', 'estimates.json');
  const meta = path.join(dir, name, 'new', 'benchmark.json');
  if (!existsSync(est) || !existsSync(meta)) continue;
  const e = JSON.parse(readFileSync(est, 'utf8'));
  const m = JSON.parse(readFileSync(meta, 'utf8'));
  const median = e.median;
  rows.push({
    name: m.full_id ?? m.title ?? name,
    median_ns: median.point_estimate,
    low_ns: median.confidence_interval.lower_bound,
    high_ns: median.confidence_interval.upper_bound,
  });
}
if (rows.length === 0) {
  console.error(`no criterion results in ${dir}`);
  process.exit(1);
}
console.log('\nengine benchmark (native, median and 95% interval):');
for (const r of rows) {
  console.log(`  ${r.name.padEnd(36)} ${fmt(r.median_ns).padStart(12)}   [${fmt(r.low_ns)} .. ${fmt(r.high_ns)}]`);
}
writeFileSync(out, JSON.stringify({ unit: 'ns', benchmarks: rows }, null, 2) + '\n');
console.log(`report: ${out}`);
