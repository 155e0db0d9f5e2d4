// Fails on physical CSS properties (margin-left, padding-right, left:, text-align: left …):
// the layout must mirror by itself for Arabic and Dari, which only logical properties do.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PHYSICAL = [
  /\b(margin|padding|border)-(left|right)\b/,
  /(^|[\s{;])(left|right)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bclear\s*:\s*(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(css|tsx)$/.test(name)) yield path;
  }
}

let problems = 0;
for (const file of files('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (file.endsWith('.tsx') && !/style/.test(line)) return;
      if (/^\s*(\/\*|\*|\/\/)/.test(line)) return;
      for (const re of PHYSICAL) {
        if (re.test(line)) {
          problems++;
          console.error(`${file}:${i + 1}: physical CSS property, use a logical one: ${line.trim()}`);
        }
      }
    });
}
if (problems) {
  console.error(`lint-css: ${problems} problem(s)`);
  process.exit(1);
}
console.log('lint-css: logical properties only');
