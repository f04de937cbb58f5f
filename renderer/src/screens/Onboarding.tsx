import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../shared/contract/contract';
import type { Framework, Profile } from '../../../shared/profile';
import { PlanSize } from '../components/PlanSize';
import { RecommendationView, RecommendationSummary } from '../components/Recommendation';
import { call, messageOf } from '../lib/api';
import { MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK, PROFILE_DEFAULTS, profileRules } from '../../../shared/constants';
import { DEFAULT_PROFILE } from '../lib/default-profile';
import { FRAMEWORK } from '../lib/format';

type Recommendation = Output<'recommend'>;

const PURPOSES = [
  { value: 'production', label: 'Ship products', hint: 'Build and deploy models that people use.' },
  { value: 'research', label: 'Do research', hint: 'Read papers, try new ideas, prototype fast.' },
  { value: 'career', label: 'Grow my career', hint: 'Learn what employers ask for.' },
] as const;
const DOMAINS = [
  { value: 'vision', label: 'Computer vision' },
  { value: 'nlp', label: 'Language (NLP)' },
  { value: 'generative', label: 'Generative AI and LLMs' },
  { value: 'tabular', label: 'Tabular data' },
  { value: 'audio', label: 'Audio and speech' },
  { value: 'timeseries', label: 'Time series' },
] as const;
const TARGETS = [
  { value: 'web', label: 'Web browsers' },
  { value: 'mobile', label: 'Phones (Android, iOS)' },
  { value: 'edge', label: 'Edge devices and microcontrollers' },
  { value: 'server', label: 'Servers and the cloud' },
  { value: 'desktop', label: 'Desktop apps' },
] as const;
const LEVELS = {
  pythonLevel: [
    { value: 'none', label: 'New to Python' },
    { value: 'basic', label: 'I can write basic Python' },
    { value: 'fluent', label: 'Fluent in Python' },
  ],
  mlLevel: [
    { value: 'none', label: 'New to machine learning' },
    { value: 'basic', label: 'I know the basics' },
    { value: 'experienced', label: 'Experienced' },
  ],
} as const;

const TEAM = [
  { value: 'tensorflow', label: 'TensorFlow (or Keras on TensorFlow)' },
  { value: 'pytorch', label: 'PyTorch' },
  { value: 'jax', label: 'JAX' },
  { value: 'none', label: 'Nothing yet' },
  { value: 'unknown', label: "I don't know" },
] as const;
const FORMATS = [
  { value: 'video', label: 'Video courses' },
  { value: 'text', label: 'Books and written courses' },
  { value: 'notebook', label: 'Interactive notebooks' },
  { value: 'docs', label: 'Official docs and tutorials' },
] as const;

const STEPS = ['Purpose', 'Team', 'Domains', 'Deployment', 'Experience', 'Needs', 'Style', 'Time', 'Recommendation'] as const;
const HEADINGS: Record<(typeof STEPS)[number], string> = {
  Purpose: 'What do you want deep learning for?',
  Team: 'What does your team, course or employer already use?',
  Domains: 'Which areas interest you?',
  Deployment: 'Where will your models run?',
  Experience: 'Where are you starting from?',
  Needs: 'Anything else your work needs?',
  Style: 'How do you like to learn?',
  Time: 'How much time do you have?',
  Recommendation: 'Your recommendation',
};
const at = (name: (typeof STEPS)[number]) => STEPS.indexOf(name);

interface Props {
  onCreated(goalId: number): void;
  onCancel?: () => void;
  /** Editing a goal's answers: the questionnaire opens with them (questions they predate take their defaults), and finishing saves instead of creating. */
  editing?: { profile: Profile; title: string; save(profile: Profile, framework: Framework, title: string): Promise<void> };
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The questionnaire, one step at a time, with the recommendation updating as answers change. */
export function Onboarding({ onCreated, onCancel, editing }: Props) {
  const [step, setStep] = useState(0);
  const [profile, setProfile] = useState<Profile>(() => (editing ? { ...DEFAULT_PROFILE, ...editing.profile } : DEFAULT_PROFILE));
  const [answer, setAnswer] = useState<{ rec: Recommendation; for: string } | null>(null);
  const [recError, setRecError] = useState<string | null>(null);
  const [title, setTitle] = useState(editing?.title ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const requestId = useRef(0);

  const set = <K extends keyof Profile>(key: K, value: Profile[K]) => setProfile((p) => ({ ...p, [key]: value }));

  // The live panel may trail the answers by a moment; the final step waits for the answer to match.
  const key = JSON.stringify(profile);
  const rec = answer?.rec ?? null;
  const current = answer?.for === key ? answer.rec : null;

  useEffect(() => {
    const id = ++requestId.current;
    const t = setTimeout(() => {
      call('recommend', { profile })
        .then((r) => id === requestId.current && (setAnswer({ rec: r, for: JSON.stringify(profile) }), setRecError(null)))
        .catch((e) => id === requestId.current && setRecError(messageOf(e)));
    }, 120);
    return () => clearTimeout(t);
  }, [profile]);

  useEffect(() => heading.current?.focus(), [step]);

  const stepError =
    step === at('Domains') && !profileRules.hasDomain(profile.domains)
      ? 'Choose at least one domain.'
      : step === at('Time') && !profileRules.hoursInRange(profile.hoursPerWeek)
        ? `Hours a week must be between ${MIN_HOURS_PER_WEEK} and ${MAX_HOURS_PER_WEEK}.`
        : step === at('Time') && !profileRules.targetAfterStart(profile)
          ? 'The target date must come after the start date.'
          : null;

  const create = async (framework: Framework) => {
    setBusy(true);
    setError(null);
    try {
      if (editing) return void (await editing.save(profile, framework, title.trim()));
      const plan = await call('createGoal', { profile, framework, ...(title.trim() ? { title: title.trim() } : {}) });
      onCreated(plan.goal.id);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  const next = (e: React.FormEvent) => {
    e.preventDefault();
    if (!stepError && step < STEPS.length - 1) setStep(step + 1);
  };

  return (
    <div className="onboarding">
      <form className="onboarding-form" onSubmit={next} aria-describedby={stepError ? 'step-error' : undefined}>
        <nav aria-label="Questionnaire steps" className="steps">
          <ol>
            {STEPS.map((s, i) => (
              <li key={s} aria-current={i === step ? 'step' : undefined} className={i < step ? 'done' : i === step ? 'current' : ''}>
                <button type="button" onClick={() => i <= step && setStep(i)} disabled={i > step} aria-label={`Step ${i + 1}: ${s}`}>
                  {i + 1}
                </button>
                <span>{s}</span>
              </li>
            ))}
          </ol>
        </nav>
        <h1 tabIndex={-1} ref={heading}>
          {HEADINGS[STEPS[step]!]}
        </h1>

        {step === at('Purpose') && (
          <fieldset className="choices">
            <legend className="sr-only">Purpose</legend>
            {PURPOSES.map((p) => (
              <label key={p.value} className="choice">
                <input type="radio" name="purpose" value={p.value} checked={profile.purpose === p.value} onChange={() => set('purpose', p.value)} />
                <span className="choice-label">{p.label}</span>
                <span className="choice-hint">{p.hint}</span>
              </label>
            ))}
          </fieldset>
        )}
        {step === at('Team') && (
          <fieldset className="choices">
            <legend className="sr-only">What your team, course or employer uses</legend>
            {TEAM.map((t) => (
              <label key={t.value} className="choice">
                <input
                  type="radio"
                  name="teamUses"
                  value={t.value}
                  checked={(profile.teamUses ?? PROFILE_DEFAULTS.teamUses) === t.value}
                  onChange={() => set('teamUses', t.value)}
                />
                <span className="choice-label">{t.label}</span>
              </label>
            ))}
            <p className="hint">This weighs most: learning what the people around you use means help, shared code and graded work in the same framework.</p>
          </fieldset>
        )}
        {step === at('Domains') && (
          <fieldset className="choices grid">
            <legend className="sr-only">Domains (choose at least one)</legend>
            {DOMAINS.map((d) => (
              <label key={d.value} className="choice">
                <input
                  type="checkbox"
                  name="domains"
                  checked={profile.domains.includes(d.value)}
                  onChange={() => set('domains', toggle(profile.domains, d.value))}
                />
                <span className="choice-label">{d.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        {step === at('Deployment') && (
          <fieldset className="choices grid">
            <legend className="sr-only">Deployment targets (optional)</legend>
            {TARGETS.map((t) => (
              <label key={t.value} className="choice">
                <input
                  type="checkbox"
                  name="deployTargets"
                  checked={profile.deployTargets.includes(t.value)}
                  onChange={() => set('deployTargets', toggle(profile.deployTargets, t.value))}
                />
                <span className="choice-label">{t.label}</span>
              </label>
            ))}
            <p className="hint">Not sure yet? Leave them all unticked.</p>
          </fieldset>
        )}
        {step === at('Experience') && (
          <div className="two-columns">
            {(['pythonLevel', 'mlLevel'] as const).map((key) => (
              <fieldset key={key} className="choices">
                <legend>{key === 'pythonLevel' ? 'Python' : 'Machine learning'}</legend>
                {LEVELS[key].map((l) => (
                  <label key={l.value} className="choice">
                    <input type="radio" name={key} value={l.value} checked={profile[key] === l.value} onChange={() => set(key, l.value as never)} />
                    <span className="choice-label">{l.label}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
        )}
        {step === at('Needs') && (
          <div className="needs">
            <fieldset className="choices">
              <legend>Scale</legend>
              <label className="choice">
                <input type="radio" name="scale" checked={profile.scale === 'small'} onChange={() => set('scale', 'small')} />
                <span className="choice-label">Small: one machine, modest data</span>
              </label>
              <label className="choice">
                <input type="radio" name="scale" checked={profile.scale === 'large'} onChange={() => set('scale', 'large')} />
                <span className="choice-label">Large: many GPUs or production pipelines</span>
              </label>
            </fieldset>
            <fieldset className="choices">
              <legend>I need…</legend>
              {(
                [
                  ['needsCpp', 'A C++ interface'],
                  ['wantsVisualTools', 'Visual tools to watch training'],
                  ['needsInterop', 'To move models between frameworks'],
                  ['wantsCertificate', 'A certificate'],
                  ['jsFirst', 'To train models in JavaScript (browser or Node)'],
                ] as const
              ).map(([key, label]) => (
                <label key={key} className="choice">
                  <input type="checkbox" checked={profile[key] ?? false} onChange={() => set(key, !profile[key])} />
                  <span className="choice-label">{label}</span>
                </label>
              ))}
            </fieldset>
          </div>
        )}
        {step === at('Style') && (
          <div className="needs">
            <fieldset className="choices">
              <legend>Budget</legend>
              <label className="choice">
                <input type="radio" name="budget" checked={(profile.budget ?? PROFILE_DEFAULTS.budget) === 'free'} onChange={() => set('budget', 'free')} />
                <span className="choice-label">Free resources only</span>
              </label>
              <label className="choice">
                <input type="radio" name="budget" checked={(profile.budget ?? PROFILE_DEFAULTS.budget) === 'any'} onChange={() => set('budget', 'any')} />
                <span className="choice-label">Paid is fine</span>
              </label>
            </fieldset>
            <fieldset className="choices">
              <legend>Formats you prefer (optional)</legend>
              {FORMATS.map((f) => (
                <label key={f.value} className="choice">
                  <input
                    type="checkbox"
                    name="formats"
                    checked={(profile.formats ?? []).includes(f.value)}
                    onChange={() => set('formats', toggle(profile.formats ?? [], f.value))}
                  />
                  <span className="choice-label">{f.label}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="choices">
              <legend>Scope</legend>
              <label className="choice">
                <input type="radio" name="scope" checked={(profile.scope ?? PROFILE_DEFAULTS.scope) === 'focused'} onChange={() => set('scope', 'focused')} />
                <span className="choice-label">Focused</span>
                <span className="choice-hint">What your goal needs, nothing more.</span>
              </label>
              <label className="choice">
                <input type="radio" name="scope" checked={(profile.scope ?? PROFILE_DEFAULTS.scope) === 'thorough'} onChange={() => set('scope', 'thorough')} />
                <span className="choice-label">Thorough</span>
                <span className="choice-hint">Adds optional depth: theory, extra practice, wider tools.</span>
              </label>
            </fieldset>
          </div>
        )}
        {step === at('Time') && (
          <div className="time">
            <label className="field">
              <span>Hours a week</span>
              <input
                type="number"
                min={MIN_HOURS_PER_WEEK}
                max={MAX_HOURS_PER_WEEK}
                step={1}
                value={Number.isFinite(profile.hoursPerWeek) ? profile.hoursPerWeek : ''}
                onChange={(e) => set('hoursPerWeek', e.target.valueAsNumber)}
                aria-invalid={!profileRules.hoursInRange(profile.hoursPerWeek)}
              />
            </label>
            <label className="field">
              <span>Start date (optional, default today)</span>
              <input
                type="date"
                value={profile.startDate ?? ''}
                onChange={(e) => setProfile(({ startDate: _s, ...p }) => (e.target.value ? { ...p, startDate: e.target.value } : p))}
              />
            </label>
            <label className="field">
              <span>Target date (optional)</span>
              <input
                type="date"
                value={profile.targetDate ?? ''}
                onChange={(e) => setProfile(({ targetDate: _t, ...p }) => (e.target.value ? { ...p, targetDate: e.target.value } : p))}
              />
            </label>
          </div>
        )}
        {step === at('Recommendation') && (
          <div className="final">
            <PlanSize profile={profile} />
            {current ? <RecommendationView rec={current} /> : <p role="status">Weighing your answers…</p>}
            <label className="field">
              <span>Name this goal (optional)</span>
              <input
                type="text"
                maxLength={200}
                value={title}
                placeholder={rec ? `${FRAMEWORK[rec.framework]} for ${profile.domains.join(', ')}` : ''}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
          </div>
        )}

        {(stepError || error || recError) && (
          <p id="step-error" role="alert" className="error">
            {stepError ?? error ?? recError}
          </p>
        )}

        <div className="actions">
          {onCancel && (
            <button type="button" className="ghost" onClick={onCancel}>
              Cancel
            </button>
          )}
          {step > 0 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              Back
            </button>
          )}
          {step < STEPS.length - 1 ? (
            <button type="submit" className="primary" disabled={!!stepError}>
              Next
            </button>
          ) : (
            current && (
              <>
                <button type="button" onClick={() => create(current.framework === 'tensorflow' ? 'pytorch' : 'tensorflow')} disabled={busy}>
                  Use {FRAMEWORK[current.framework === 'tensorflow' ? 'pytorch' : 'tensorflow']} instead
                </button>
                <button type="button" className="primary" onClick={() => create(current.framework)} disabled={busy}>
                  {busy
                    ? editing
                      ? 'Re-planning…'
                      : 'Creating your plan…'
                    : `${editing ? 'Re-plan with' : 'Create my'} ${FRAMEWORK[current.framework]} ${editing ? '' : 'plan'}`.trim()}
                </button>
              </>
            )
          )}
        </div>
      </form>
      {step < STEPS.length - 1 && (
        <aside className="live-rec" aria-label="Live recommendation" aria-live="polite">
          {rec ? <RecommendationSummary rec={rec} /> : <p>Weighing your answers…</p>}
          <PlanSize profile={profile} />
        </aside>
      )}
    </div>
  );
}
