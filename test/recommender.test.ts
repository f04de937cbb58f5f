import { describe, expect, it } from 'vitest';
import { RecommendationSchema } from '../shared/contract/recommendation';
import type { Profile } from '../shared/profile';
import { confidenceOf, strengthOf } from '../shared/recommender/confidence';
import { recommend } from '../shared/recommender/recommend';
import { score } from '../shared/recommender/score';
import { SOURCES, type Source } from '../shared/recommender/sources';
import { profile } from './helpers';
import { PERSONAS } from './personas/personas';

/** A learner with no answer that favours either framework. */
const neutral: Profile = profile();
const learner = (p: Partial<Profile>): Profile => ({ ...neutral, ...p });
const reasonsOf = (p: Partial<Profile>) => recommend(learner(p)).reasons;
const citing = (p: Partial<Profile>, url: string) => reasonsOf(p).filter((r) => r.sources.some((s) => s.url === url));

describe('recommender factors, one at a time', () => {
  it('a neutral learner gets no reasons at all, and a close call that says so', () => {
    const rec = recommend(neutral);
    expect(rec.reasons).toEqual([]);
    expect(rec.strength).toBe('close');
    expect(rec.confidence).toBe(0.5);
    expect(rec.tippedBy).toBeNull();
    expect(rec.summary).toMatch(/either framework serves you/);
  });

  it.each([
    ['tensorflow', 'tensorflow'],
    ['pytorch', 'pytorch'],
  ] as const)('a team on %s is the strongest single factor', (teamUses, favors) => {
    const [r] = reasonsOf({ teamUses });
    expect(r).toMatchObject({ favors, factor: "your team's framework" });
    // Stronger than every other reason any persona receives.
    const others = PERSONAS.flatMap((p) => recommend(p.profile).reasons).filter((x) => x.factor !== r!.factor);
    expect(r!.weight).toBeGreaterThan(Math.max(...others.map((x) => x.weight)));
    // It outweighs several general reasons together on the other side.
    const against: Partial<Profile> =
      favors === 'tensorflow' ? { purpose: 'research', domains: ['audio'], scale: 'large' } : { jsFirst: true, deployTargets: ['web', 'server', 'mobile'] };
    expect(recommend(learner(against)).framework).not.toBe(favors);
    expect(recommend(learner({ ...against, teamUses })).framework).toBe(favors);
  });

  it.each(['jax', 'none', 'unknown'] as const)('a team on "%s" gives no framework points', (teamUses) => {
    expect(reasonsOf({ teamUses })).toEqual([]);
  });

  it('language and generative models favour PyTorch once, on the Transformers v5 evidence', () => {
    const both = citing({ domains: ['nlp', 'generative'] }, SOURCES.transformersV5.url);
    expect(both).toHaveLength(1);
    expect(both[0]!.favors).toBe('pytorch');
    expect(citing({ domains: ['nlp', 'generative', 'audio'] }, SOURCES.transformersV5.url)).toHaveLength(1);
  });

  it('the TF Serving / TFX argument counts once, under server deployment, and weighs little', () => {
    const p: Partial<Profile> = { purpose: 'production', scale: 'large', deployTargets: ['server'] };
    const serving = reasonsOf(p).filter((r) => /TF Serving|TFX/.test(r.explanation));
    expect(serving).toHaveLength(1);
    expect(serving[0]).toMatchObject({ factor: 'deploy: server', favors: 'tensorflow' });
    expect(serving[0]!.weight).toBeLessThan(1);
    expect(reasonsOf({ purpose: 'production', scale: 'large' }).some((r) => r.favors === 'tensorflow')).toBe(false);
  });

  it('serving language models adds vLLM for PyTorch, only with a server target', () => {
    expect(reasonsOf({ domains: ['nlp'], deployTargets: ['server'] }).map((r) => r.factor)).toContain('serving language models');
    expect(reasonsOf({ domains: ['nlp'] }).map((r) => r.factor)).not.toContain('serving language models');
    expect(reasonsOf({ domains: ['vision'], deployTargets: ['server'] }).map((r) => r.factor)).not.toContain('serving language models');
  });

  it('phones and edge devices are near neutral: one weak on-device reason, however many device targets', () => {
    const r = reasonsOf({ deployTargets: ['mobile', 'edge'] });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ factor: 'deploy: on device', favors: 'tensorflow' });
    expect(r[0]!.weight).toBeLessThan(1);
    expect(r[0]!.explanation).toMatch(/litert-torch/);
    expect(recommend(learner({ deployTargets: ['mobile'] })).strength).toBe('close');
  });

  it('the web is neutral unless the learner trains in JavaScript, where TensorFlow.js leads', () => {
    expect(reasonsOf({ deployTargets: ['web'] })).toEqual([]);
    const js = recommend(learner({ deployTargets: ['web'], jsFirst: true }));
    expect(js.framework).toBe('tensorflow');
    expect(js.strength).not.toBe('close');
    expect(js.reasons[0]!.sources).toContain(SOURCES.tfjs);
  });

  it.each([
    ['audio', 'audio and speech', SOURCES.speechbrain.url],
    ['timeseries', 'deep time series', SOURCES.gluonts.url],
  ] as const)('%s favours PyTorch for its tooling, not TensorFlow for a course', (domain, factor, url) => {
    const rec = recommend(learner({ domains: [domain] }));
    expect(rec.framework).toBe('pytorch');
    expect(rec.strength).toBe('leaning');
    expect(rec.reasons).toEqual([expect.objectContaining({ factor, favors: 'pytorch' })]);
    expect(rec.reasons[0]!.sources.map((s) => s.url)).toContain(url);
  });

  it('research favours PyTorch, and the share figure is honestly marked unverified', () => {
    const [r] = reasonsOf({ purpose: 'research', domains: ['tabular'] });
    expect(r).toMatchObject({ factor: 'research', favors: 'pytorch' });
    const share = r!.sources.find((s) => s.url.includes('news.ycombinator.com'))!;
    expect(share.unverified).toMatch(/copy/);
    expect(r!.sources.map((s) => s.url)).toContain(SOURCES.pwcShutdown.url);
  });

  it.each([
    [{ scale: 'large' }, 'scale: large'],
    [{ needsCpp: true }, 'C++ interface'],
    [{ needsInterop: true }, 'moving models between frameworks'],
  ] as const)('%o favours PyTorch', (p, factor) => {
    expect(reasonsOf(p)).toEqual([expect.objectContaining({ factor, favors: 'pytorch' })]);
  });

  it.each<[Partial<Profile>]>([
    [{ purpose: 'career' }],
    [{ purpose: 'production' }],
    [{ pythonLevel: 'none', mlLevel: 'none' }],
    [{ pythonLevel: 'fluent' }],
    [{ wantsVisualTools: true }],
    [{ wantsCertificate: true }],
    [{ domains: ['vision'] }],
    [{ domains: ['tabular'] }],
  ])('%o alone favours neither framework (no unverifiable popularity or folklore)', (p) => {
    expect(reasonsOf(p)).toEqual([]);
  });
});

describe('sources', () => {
  const all: Source[] = Object.values(SOURCES);

  it('every reason that states a fact cites a source; only the team reason rests on the answer alone', () => {
    for (const p of PERSONAS) {
      for (const r of recommend(p.profile).reasons) {
        if (r.factor === "your team's framework") expect(r.sources).toEqual([]);
        else expect(r.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('are https, dated, read no later than today, and never a clone or mirror site', () => {
    for (const s of all) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.date.length).toBeGreaterThan(3);
      expect(s.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.read <= '2026-11-26').toBe(true);
      expect(s.url).not.toMatch(/clone|netlify|fliphtml5|sourceforge|laurencemoroney/);
    }
  });

  it('anything not read for this release says so', () => {
    for (const s of all) if (s.read !== '2026-11-26') expect(s.unverified).toBeTruthy();
  });
});

describe('confidence', () => {
  it('maps the margin to close, leaning and clear at 1.5 and 3 points', () => {
    expect([0, 1.49, 1.5, 2.99, 3, 9].map(strengthOf)).toEqual(['close', 'close', 'leaning', 'leaning', 'clear', 'clear']);
  });

  it('starts at 50% for a tie, rises with the margin, and never passes 95%', () => {
    // 1 - 0.5·e^(−m/2.5), worked by hand: m=1.5 → 0.7256, m=3 → 0.8494.
    expect(confidenceOf(0)).toBe(0.5);
    expect(confidenceOf(1.5)).toBe(0.73);
    expect(confidenceOf(3)).toBe(0.85);
    expect(confidenceOf(100)).toBe(0.95);
    const series = [0, 0.5, 1, 2, 4, 8].map(confidenceOf);
    expect(series).toEqual([...series].sort((a, b) => a - b));
  });

  it('a few weak one-sided reasons read as a close call, never as certain', () => {
    const rec = recommend(learner({ purpose: 'production', deployTargets: ['server', 'mobile', 'edge', 'web'] }));
    expect(rec.reasons.length).toBeGreaterThanOrEqual(2);
    expect(rec.reasons.every((r) => r.favors === 'tensorflow')).toBe(true);
    expect(rec.strength).toBe('close');
    expect(rec.confidence).toBeLessThan(0.75);
    expect(rec.summary).toMatch(/^A close call: either works\. What tips it to TensorFlow/);
  });

  it('LLM serving and NLP research read as clear', () => {
    const llm = recommend(learner({ purpose: 'production', domains: ['nlp', 'generative'], deployTargets: ['server'], scale: 'large' }));
    const nlpResearch = recommend(learner({ purpose: 'research', domains: ['nlp'] }));
    for (const rec of [llm, nlpResearch]) {
      expect(rec.framework).toBe('pytorch');
      expect(rec.strength).toBe('clear');
      expect(rec.confidence).toBeGreaterThanOrEqual(0.85);
      expect(rec.summary).toMatch(/a clear choice/);
    }
  });
});

describe('recommend', () => {
  const profiles = PERSONAS.map((p) => p.profile);

  it('explains its scores: they are the sum of the reasons, strongest first, and valid against the contract', () => {
    for (const p of profiles) {
      const rec = recommend(p);
      for (const fw of ['tensorflow', 'pytorch'] as const) {
        expect(rec.scores[fw]).toBeCloseTo(rec.reasons.filter((r) => r.favors === fw).reduce((s, r) => s + r.weight, 0));
      }
      expect(rec.margin).toBeCloseTo(Math.abs(rec.scores.tensorflow - rec.scores.pytorch));
      const weights = rec.reasons.map((r) => r.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(RecommendationSchema.safeParse(rec).success).toBe(true);
    }
  });

  it('is deterministic', () => {
    for (const p of profiles) expect(JSON.stringify(recommend(p))).toBe(JSON.stringify(recommend({ ...p })));
  });

  it('names single changes of answer that really flip the result, smallest first', () => {
    let seen = 0;
    for (const base of profiles) {
      const rec = recommend(base);
      const sizes = rec.whatWouldChange.map((w) => w.size);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
      for (const w of rec.whatWouldChange) {
        seen++;
        const changed = { ...base, [w.field]: w.to } as Profile;
        expect(score(changed).framework).not.toBe(rec.framework);
        expect(w.description).toMatch(/would lead/);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("tells a close call what would settle it: the team's framework", () => {
    const rec = recommend(learner({ deployTargets: ['mobile'] }));
    expect(rec.whatWouldChange[0]).toMatchObject({ field: 'teamUses', to: 'pytorch', framework: 'pytorch' });
    expect(rec.whatWouldChange[0]!.description).toMatch(/your team used PyTorch/);
  });
});

describe('also consider', () => {
  const titles = (p: Partial<Profile>) => recommend(learner(p)).alsoConsider.map((s) => s.title);

  it('tells a tabular-only learner that boosted trees usually beat deep nets, and still recommends a framework', () => {
    const rec = recommend(learner({ domains: ['tabular'] }));
    const trees = rec.alsoConsider.find((s) => /Gradient-boosted trees/.test(s.title))!;
    expect(trees.why).toMatch(/usually beat deep networks/);
    expect(trees.sources?.[0]?.url).toBe('https://arxiv.org/abs/2207.08815');
    expect(['tensorflow', 'pytorch']).toContain(rec.framework);
  });

  it('tells time-series learners about classical baselines, while recommending PyTorch', () => {
    const rec = recommend(learner({ domains: ['timeseries'] }));
    expect(rec.alsoConsider.map((s) => s.title)).toContain('Classical forecasting baselines');
    expect(rec.framework).toBe('pytorch');
  });

  it('suggests JAX for a JAX team and for large-scale research, and not otherwise', () => {
    expect(titles({ teamUses: 'jax' })).toContain('JAX and Flax');
    expect(titles({ purpose: 'research', scale: 'large' })).toContain('JAX and Flax');
    expect(titles({ purpose: 'research' })).not.toContain('JAX and Flax');
  });

  it('sends PyTorch server learners to real servers, not torch.export', () => {
    const s = recommend(learner({ domains: ['nlp'], deployTargets: ['server'] })).alsoConsider.find((x) => /serving/.test(x.title))!;
    expect(s.why).toMatch(/Triton/);
    expect(s.why).toMatch(/vLLM/);
    expect(s.resourceId).toBeUndefined();
  });

  it('suggests ONNX when models must move between frameworks, and only then', () => {
    expect(recommend(learner({ needsInterop: true })).alsoConsider.map((s) => s.resourceId)).toContain('onnx');
    expect(recommend(learner({})).alsoConsider.map((s) => s.resourceId)).not.toContain('onnx');
  });
});
