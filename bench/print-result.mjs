// Prints a benchmark's result file; the last line is its one JSON object.
import { readFileSync } from 'node:fs';

const name = process.argv[2];
const result = JSON.parse(readFileSync(new URL(`../bench-results/${name}.json`, import.meta.url), 'utf8'));
const { summary, ...figures } = result;
if (summary) console.log(summary.join('\n'));
console.log(JSON.stringify(figures));
