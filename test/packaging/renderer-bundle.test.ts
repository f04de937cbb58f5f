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

  it('leaves the questionnaire, the dialogs and the views but the plan out of the first screen’s scripts: they load when opened', () => {
    // What the page loads at start: the scripts and preloads index.html names, and what they import
    // statically (`import("./x.js")` loads later and is not followed).
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    const start = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]!));
    for (const f of start) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) start.add(m[1]!);
    }
    expect(start.size).toBeGreaterThan(1);
    const startText = [...start].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const laterText = js
      .filter((f) => !start.has(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // A sentence only each of them shows.
    const only = {
      questionnaire: 'What do you want deep learning for?',
      addResource: 'Nothing in the catalog matches',
      export: 'Calendar (iCalendar)',
      backups: 'backs up your data at start-up',
      rhythm: 'Remind me to study',
      review: 'Your week in review',
      editGoal: 'Edit this goal',
      about: 'never sends anything over the network',
      roadmap: 'Roadmap by milestone',
    };
    for (const [what, text] of Object.entries(only)) {
      expect(laterText, what).toContain(text);
      expect(startText, what).not.toContain(text);
    }
  });
});
