import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import { container } from '../shared/catalog/build';
import { isContainer, isSchedulable, ResourceSchema } from '../shared/catalog/resource';

const byId = new Map(CATALOG.map((r) => [r.id, r]));

describe('shipped catalog', () => {
  it('holds at least 45 resources, each valid against the schema, with unique ids', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(45);
    for (const r of CATALOG) expect(ResourceSchema.safeParse(r).error?.issues ?? [], r.id).toEqual([]);
    expect(byId.size).toBe(CATALOG.length);
  });

  it('covers what the learner was promised', () => {
    const required = [
      'python-tutorial',
      'numpy-basics',
      'math-ml-ds',
      'ml-specialization',
      'tf-tutorials',
      'keras-getting-started',
      'tensorboard',
      'kaggle-models',
      'litert',
      'tfjs',
      'tfx',
      'tf-serving',
      'tf-responsible-ai',
      'pytorch-learn-basics',
      'pytorch-60-minute-blitz',
      'torchvision',
      'torchaudio',
      'torchcodec',
      'executorch',
      'libtorch',
      'torch-compile',
      'lightning',
      'hf-llm-course',
      'fastai-course',
      'dlwpt-2e',
      'onnx',
      'tensorboard-pytorch',
      'deep-learning-specialization',
      'tf-professional-certificate',
      'pytorch-professional-certificate',
      'ibm-ai-engineering',
    ];
    for (const id of required) expect(byId.has(id), id).toBe(true);
  });

  it('keeps retired resources, explained, each with a schedulable replacement', () => {
    for (const id of ['tf-developer-certificate', 'torchtext', 'torchserve', 'pytorch-mobile']) {
      const r = byId.get(id)!;
      expect(isSchedulable(r), id).toBe(false);
      expect(r.statusReason, id).toMatch(/\w/);
      expect(isSchedulable(byId.get(r.replacementId!)!), id).toBe(true);
    }
    for (const r of CATALOG) if (r.replacementId) expect(byId.has(r.replacementId), r.id).toBe(true);
  });

  it('has prerequisites that exist and form no cycle', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') throw new Error(`cycle: ${[...path, id].join(' -> ')}`);
      state.set(id, 'visiting');
      for (const p of byId.get(id)!.prerequisites) {
        expect(byId.has(p), `${id} needs ${p}`).toBe(true);
        visit(p, [...path, id]);
      }
      state.set(id, 'done');
    };
    for (const r of CATALOG) visit(r.id, []);
  });

  it('gives each specialization its courses in order, with hours that add up', () => {
    const containers = CATALOG.filter(isContainer).filter((c) => CATALOG.some((r) => r.parentId === c.id));
    expect(containers.map((c) => c.id)).toContain('deep-learning-specialization');
    for (const c of containers) {
      const courses = CATALOG.filter((r) => r.parentId === c.id);
      expect(
        courses.reduce((s, r) => s + r.hours, 0),
        c.id,
      ).toBeCloseTo(c.hours);
      courses.slice(1).forEach((course, i) => expect(course.prerequisites).toContain(courses[i]!.id));
    }
    expect(CATALOG.filter((r) => r.parentId === 'deep-learning-specialization')).toHaveLength(5);
  });

  it("gives a course the parent's unverified marks unless its own page settled some of them", () => {
    const [parent, plain, read] = container(
      {
        id: 'spec',
        title: 'Spec',
        provider: 'P',
        url: 'https://example.com/spec',
        kind: 'specialization',
        framework: 'agnostic',
        level: 'beginner',
        hoursSource: 'estimate',
        cost: 'subscription',
        stage: 'foundations',
        summary: '',
        unverified: ['hours', 'cost', 'url'],
      },
      [
        { id: 'spec-a', title: 'A', hours: 5 },
        { id: 'spec-b', title: 'B', hours: 7, unverified: ['cost'] },
      ],
    );
    expect(parent!.unverified).toEqual(['hours', 'cost', 'url']);
    expect(plain!.unverified).toEqual(['hours', 'cost', 'url']);
    expect(read!.unverified).toEqual(['cost']);
  });

  it('links only over https and never collides with custom ids', () => {
    for (const r of CATALOG) {
      expect(new URL(r.url).protocol, r.id).toBe('https:');
      expect(r.id.startsWith('custom-'), r.id).toBe(false);
    }
  });

  it('only schedules framework-specific prerequisites within the same framework', () => {
    for (const r of CATALOG) {
      for (const p of r.prerequisites) {
        const pre = byId.get(p)!;
        if (pre.framework === 'tensorflow' || pre.framework === 'pytorch') {
          expect(r.framework === pre.framework || r.parentId !== undefined, `${r.id} needs ${p}`).toBe(true);
        }
      }
    }
  });

  it('dates every page it read, never after the day the resource was checked', () => {
    for (const r of CATALOG) {
      for (const source of r.sources) {
        const read = /\bread (\d{4}-\d\d-\d\d)/.exec(source)?.[1];
        if (read) expect(read <= r.checkedOn, `${r.id}: ${source}`).toBe(true);
      }
    }
  });

  it('is described in the README by its own counts of pages read and unverified marks', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    const stated = /Of the (\d+) resources, (\d+) cite pages read on a stated day[^;]*; (\d+) carry unverified marks, (\d+) marks in all/.exec(readme);
    expect(stated, 'the README sentence "Of the N resources, R cite pages read on a stated day ...; M carry unverified marks, F marks in all"').not.toBeNull();
    const citing = CATALOG.filter((r) => r.sources.some((s) => /\bread \d{4}-\d\d-\d\d/.test(s))).length;
    const marked = CATALOG.filter((r) => r.unverified.length > 0);
    const marks = marked.reduce((n, r) => n + r.unverified.length, 0);
    expect(stated!.slice(1).map(Number)).toEqual([CATALOG.length, citing, marked.length, marks]);
  });
});
