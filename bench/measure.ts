export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean | null;
  detail?: string;
}

/** Median wall time of `runs` calls after `warmup` unmeasured ones, in milliseconds. */
export function median(fn: () => void, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Medians of `a` and `b` measured in alternation, so drift in the machine (other load, disk cache,
 * garbage collection) falls on both sides of a comparison alike.
 */
export function interleaved(a: () => void, b: () => void, rounds: number, warmup = 5): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ta.push(once(a));
    tb.push(once(b));
  }
  const mid = (t: number[]) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!;
  return [mid(ta), mid(tb)];
}

export function once(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export function printTable(figures: readonly Figure[]): void {
  const rows = figures.map((f) => [f.name, `${f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit}`, f.target, f.pass === null ? '-' : f.pass ? 'PASS' : 'FAIL']);
  const head = ['measure', 'result', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}
