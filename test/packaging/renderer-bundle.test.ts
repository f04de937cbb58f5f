import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER } from '../e2e/harness';

describe('renderer bundle', () => {
  const dir = join(RENDERER, 'assets');
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));

  it('keeps validation and Node code out of the page: no zod, no better-sqlite3, no node: imports', () => {
    for (const f of js) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/ZodError|\$ZodType/);
      expect(text, f).not.toMatch(/better-sqlite3|from"node:|require\("node:/);
    }
  });

  it('loads no script from anywhere but itself', () => {
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    const sources = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toMatch(/^\.\/assets\//);
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
  });
});
