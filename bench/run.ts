import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDurableWrites, benchFastWrites, benchPlanning, benchSummary } from './core';
import { benchCli, benchLargePlan, benchPlannerScale, benchPreviewLoad, benchSummaryMillion } from './datalayer';
import { benchExchange } from './exchange';
import { benchOpenCheck } from './health';
import { benchBundle, benchRenderer, benchRendererLarge } from './renderer';
import { printTable, type Figure } from './measure';

const figures: Figure[] = [];
for (const [name, run] of [
  ['planning', benchPlanning],
  ['summary', benchSummary],
  ['writes (synchronous=OFF)', benchFastWrites],
  ['writes (synchronous=FULL)', benchDurableWrites],
  ['export and import', benchExchange],
  ['open-time damage check', benchOpenCheck],
  ['renderer bundle', benchBundle],
  ['renderer in Chromium', benchRenderer],
  ['CLI start', benchCli],
  ['summary over 1M log rows', benchSummaryMillion],
  ['getPlan at 20k items', benchLargePlan],
  ['planner at 100k', benchPlannerScale],
  ['preview under load', benchPreviewLoad],
  ['renderer in Chromium at 20k', benchRendererLarge],
] as const) {
  process.stderr.write(`measuring ${name}…\n`);
  figures.push(...(await run()));
}
printTable(figures);
const out = join(import.meta.dirname, 'results.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2) + '\n');
console.log(`\nwrote ${out}`);
const failed = figures.filter((f) => f.pass === false);
if (failed.length) {
  console.log(`${failed.length} target(s) missed: ${failed.map((f) => f.name).join('; ')}`);
  process.exitCode = 1;
}
