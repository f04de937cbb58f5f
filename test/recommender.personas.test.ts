import { describe, expect, it } from 'vitest';
import { recommend } from '../shared/recommender/recommend';
import { PERSONAS } from './personas/personas';

describe('personas: the recommender agrees with the mentor', () => {
  it('has at least 20 distinct, named personas', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(PERSONAS.map((p) => p.name)).size).toBe(PERSONAS.length);
  });

  it.each(PERSONAS.map((p) => [p.name, p] as const))('%s', (_name, persona) => {
    const rec = recommend(persona.profile);
    if (persona.framework === 'close') {
      expect(rec.strength, rec.summary).toBe('close');
      expect(rec.summary).toMatch(/^A close call/);
    } else {
      expect(rec.framework, rec.summary).toBe(persona.framework);
      expect(rec.strength, rec.summary).not.toBe('close');
    }
  });
});
