import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** `npm run soak` sets PATHWISE_SOAK=1: the full counts; CI runs the short form. */
export const SOAK = process.env.PATHWISE_SOAK === '1';
export const scaled = (ci: number, full: number) => (SOAK ? full : ci);
/** Vitest's per-test timeout, sized to the run. */
export const timeout = (ciMs: number, fullMs: number) => (SOAK ? fullMs : ciMs);

/** Each check prints its figures, one line, so CI logs and soak runs can be compared. */
export function report(name: string, figures: Record<string, number | string>): void {
  process.stdout.write(
    `[reliability] ${name}: ${Object.entries(figures)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}\n`,
  );
}

/** Every regular file under `dir` (recursively) with its SHA-256, keyed by content: proves nothing was deleted. */
export function contentHashes(dir: string, skip: (rel: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const rel = relative(dir, p);
      if (skip(rel)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out.set(createHash('sha256').update(readFileSync(p)).digest('hex'), rel);
    }
  };
  walk(dir);
  return out;
}
