import { ok, profile, tempService } from '../helpers';

export const HOSTILE = [
  '# Heading?',
  '**bold** _em_ `code` ~~strike~~',
  '[click](javascript:alert(1)) <https://evil.example> https://evil.example www.evil.example',
  '<img src=x onerror=alert(1)><script>alert(1)</script>',
  '=HYPERLINK("https://evil.example","click")',
  '+1+2',
  '-2-3',
  '@SUM(A1:A2)',
  '\tleading tab',
  'quote " comma , semicolon ; backslash \\',
  'line1\r\nline2\nline3',
  '🚀 emoji 你好 CJK 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '| a | b |\n|---|---|',
  '> quote\n- list\n1. item',
];

/** A goal with progress, notes, logs and hostile custom resources: everything an export must carry. */
export function richGoal() {
  const t = tempService();
  const { service } = t;
  const hostileTitle = HOSTILE[0]! + ' ' + HOSTILE[3]!;
  const custom = ok(
    service.call('addCustomResource', {
      title: hostileTitle,
      url: 'https://example.com/a(b)c?x=<y>',
      hours: 3,
      prerequisites: ['keras-guides'],
      framework: 'tensorflow',
    }),
  );
  const plan = ok(
    service.call('createGoal', {
      profile: profile({
        targetDate: '2027-09-01',
        // Enough answers for a plan of at least as many items as there are hostile strings, one per item.
        domains: ['vision', 'nlp', 'audio', 'tabular'],
        deployTargets: ['web', 'server', 'mobile'],
        scale: 'large',
        needsCpp: true,
        wantsVisualTools: true,
        needsInterop: true,
      }),
      title: HOSTILE[1]!,
    }),
  );
  ok(service.call('addToPlan', { goalId: plan.goal.id, resourceId: custom.id }));
  const items = ok(service.call('getPlan', { goalId: plan.goal.id })).items.filter((i) => i.status !== 'skipped');
  HOSTILE.forEach((note, i) => ok(service.call('setItemNotes', { itemId: items[i % items.length]!.id, notes: note })));
  ok(service.call('logTime', { itemId: items[0]!.id, minutes: 45, note: HOSTILE[4] }));
  ok(service.call('setItemStatus', { itemId: items[0]!.id, status: 'done' }));
  ok(service.call('setItemStatus', { itemId: items[1]!.id, status: 'skipped' }));
  t.clock.advanceDays(1);
  ok(service.call('logTime', { itemId: items[2]!.id, minutes: 20 }));
  return { ...t, goalId: plan.goal.id, customId: custom.id };
}
