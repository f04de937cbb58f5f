import { describe, expect, it } from 'vitest';
import type { Framework, Profile } from '../shared/profile';
import { RecommendationSchema } from '../shared/contract/recommendation';
import { recommend } from '../shared/recommender/recommend';
import { score } from '../shared/recommender/score';
import { profile } from './helpers';

interface Case {
  name: string;
  p: Partial<Profile>;
  framework: Framework;
  /** Factors that must be among the reasons favouring the winner. */
  decisive: string[];
}

const cases: Case[] = [
  { name: 'production mobile app for a beginner', p: { purpose: 'production', deployTargets: ['mobile'], pythonLevel: 'none', mlLevel: 'none' }, framework: 'tensorflow', decisive: ['purpose: production', 'deploy: mobile', 'beginner'] },
  { name: 'web deployment in production', p: { purpose: 'production', deployTargets: ['web'] }, framework: 'tensorflow', decisive: ['purpose: production', 'deploy: web'] },
  { name: 'research in NLP by a fluent programmer', p: { purpose: 'research', domains: ['nlp'], pythonLevel: 'fluent', mlLevel: 'experienced' }, framework: 'pytorch', decisive: ['purpose: research', 'domain: NLP', 'python: fluent'] },
  { name: 'generative AI career', p: { purpose: 'career', domains: ['generative'] }, framework: 'pytorch', decisive: ['domain: generative AI'] },
  { name: 'C++ research', p: { purpose: 'research', needsCpp: true }, framework: 'pytorch', decisive: ['purpose: research', 'C++ interface'] },
  { name: 'production at large scale on servers', p: { purpose: 'production', scale: 'large', deployTargets: ['server'] }, framework: 'tensorflow', decisive: ['purpose: production', 'scale: large', 'deploy: server'] },
  { name: 'large-scale research', p: { purpose: 'research', scale: 'large', domains: ['vision'] }, framework: 'pytorch', decisive: ['purpose: research', 'scale: large'] },
  { name: 'edge time-series production', p: { purpose: 'production', domains: ['timeseries'], deployTargets: ['edge'] }, framework: 'tensorflow', decisive: ['purpose: production', 'domain: time series', 'deploy: edge'] },
  { name: 'career beginner in vision', p: { purpose: 'career', pythonLevel: 'none', mlLevel: 'none', domains: ['vision'] }, framework: 'tensorflow', decisive: ['beginner', 'purpose: career'] },
  { name: 'career in vision with some experience', p: { purpose: 'career', pythonLevel: 'basic', mlLevel: 'basic', domains: ['vision'] }, framework: 'pytorch', decisive: ['domain: vision', 'purpose: career'] },
  { name: 'production NLP on servers', p: { purpose: 'production', domains: ['nlp'], deployTargets: ['server'] }, framework: 'tensorflow', decisive: ['purpose: production', 'deploy: server'] },
  { name: 'production LLM app by a fluent programmer', p: { purpose: 'production', domains: ['nlp', 'generative'], pythonLevel: 'fluent' }, framework: 'pytorch', decisive: ['domain: NLP', 'domain: generative AI', 'python: fluent'] },
  { name: 'interop-heavy research', p: { purpose: 'research', needsInterop: true, domains: ['tabular'] }, framework: 'pytorch', decisive: ['purpose: research', 'moving models between frameworks'] },
  { name: 'visual tools in production', p: { purpose: 'production', wantsVisualTools: true, domains: ['tabular'] }, framework: 'tensorflow', decisive: ['purpose: production', 'visual tools'] },
  { name: 'research in audio', p: { purpose: 'research', domains: ['audio'] }, framework: 'pytorch', decisive: ['purpose: research'] },
  { name: 'career, web and mobile, tabular', p: { purpose: 'career', domains: ['tabular'], deployTargets: ['web', 'mobile'] }, framework: 'tensorflow', decisive: ['deploy: web', 'deploy: mobile'] },
  { name: 'career with a C++ product', p: { purpose: 'career', needsCpp: true, domains: ['tabular'] }, framework: 'pytorch', decisive: ['C++ interface'] },
  { name: 'fluent researcher wanting a certificate', p: { purpose: 'research', pythonLevel: 'fluent', wantsCertificate: true }, framework: 'pytorch', decisive: ['purpose: research', 'python: fluent'] },
  { name: 'production web app with generative features', p: { purpose: 'production', domains: ['generative'], deployTargets: ['web'] }, framework: 'tensorflow', decisive: ['purpose: production', 'deploy: web'] },
  { name: 'research on mobile devices', p: { purpose: 'research', deployTargets: ['mobile'], domains: ['vision'] }, framework: 'pytorch', decisive: ['purpose: research'] },
  { name: 'production desktop app with ONNX', p: { purpose: 'production', deployTargets: ['desktop'], needsInterop: true, domains: ['vision'] }, framework: 'tensorflow', decisive: ['purpose: production'] },
  { name: 'tabular career, no other signal: a tie goes to PyTorch', p: { purpose: 'career', domains: ['tabular'] }, framework: 'pytorch', decisive: ['purpose: career'] },
];

describe('recommend', () => {
  it.each(cases)('$name → $framework', ({ p, framework, decisive }) => {
    const rec = recommend(profile(p));
    expect(rec.framework).toBe(framework);
    const forWinner = rec.reasons.filter((r) => r.favors === framework).map((r) => r.factor);
    for (const f of decisive) expect(forWinner).toContain(f);
    expect(RecommendationSchema.safeParse(rec).success).toBe(true);
  });

  it('explains its scores: they are the sum of the reasons, and the reasons come strongest first', () => {
    for (const c of cases) {
      const rec = recommend(profile(c.p));
      for (const fw of ['tensorflow', 'pytorch'] as const) {
        expect(rec.scores[fw]).toBeCloseTo(rec.reasons.filter((r) => r.favors === fw).reduce((s, r) => s + r.weight, 0));
      }
      const weights = rec.reasons.map((r) => r.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(rec.confidence).toBeGreaterThanOrEqual(0);
      expect(rec.confidence).toBeLessThanOrEqual(1);
      for (const r of rec.reasons) expect(r.explanation.length).toBeGreaterThan(20);
    }
  });

  it('is deterministic', () => {
    for (const c of cases) expect(JSON.stringify(recommend(profile(c.p)))).toBe(JSON.stringify(recommend(profile(c.p))));
  });

  it('names single changes of answer that really flip the result, smallest first', () => {
    let seen = 0;
    for (const c of cases) {
      const base = profile(c.p);
      const rec = recommend(base);
      const sizes = rec.whatWouldChange.map((w) => w.size);
      expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
      for (const w of rec.whatWouldChange) {
        seen++;
        const changed = { ...base, [w.field]: w.to } as Profile;
        expect(score(changed).framework).not.toBe(rec.framework);
        expect(w.framework).not.toBe(rec.framework);
        expect(w.description).toMatch(/would lead/);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('turns a narrow TensorFlow lead into PyTorch when the learner adds NLP', () => {
    const rec = recommend(profile({ purpose: 'production', domains: ['vision'] }));
    expect(rec.framework).toBe('tensorflow');
    expect(rec.whatWouldChange.some((w) => w.field === 'domains' && (w.to as string[]).includes('nlp'))).toBe(true);
  });

  it('corrects the folklore: visual tools weigh little because TensorBoard works with PyTorch', () => {
    const r = recommend(profile({ wantsVisualTools: true })).reasons.find((x) => x.factor === 'visual tools')!;
    expect(r.weight).toBeLessThan(1);
    expect(r.explanation).toMatch(/PyTorch logs to TensorBoard/);
    expect(r.sources[0]!.url).toMatch(/^https:\/\//);
  });

  it('suggests ONNX when models must move between frameworks, whichever wins', () => {
    for (const purpose of ['production', 'research'] as const) {
      const rec = recommend(profile({ purpose, needsInterop: true }));
      expect(rec.alsoConsider.map((s) => s.resourceId)).toContain('onnx');
    }
    expect(recommend(profile({ needsInterop: false })).alsoConsider.map((s) => s.resourceId)).not.toContain('onnx');
  });

  it('points PyTorch learners deploying to phones at ExecuTorch, not PyTorch Mobile', () => {
    const rec = recommend(profile({ purpose: 'research', deployTargets: ['mobile'] }));
    expect(rec.framework).toBe('pytorch');
    expect(rec.alsoConsider.map((s) => s.resourceId)).toContain('executorch');
  });
});
