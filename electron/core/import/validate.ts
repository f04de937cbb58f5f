import { goalTitle } from '../../../shared/contract/contract';
import { addDaysTo } from '../../../shared/dates';
import { describeIssue, ServiceError } from '../../../shared/contract/results';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportDocumentSchema, type ExportDocument } from '../../../shared/export/schema';
import { parseImportText } from './guard';

const BOM = '\uFEFF';

/** At most `max` printable characters of something a file said, for quoting in an error message. */
export function excerpt(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

const refuse = (field: string, message: string): never => {
  throw new ServiceError('invalid_input', `${field}: ${message}`, field);
};

function checkVersion(raw: unknown): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ServiceError('invalid_input', 'The file is not a Pathwise goal file (expected a JSON object).', 'content');
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    throw new ServiceError(
      'invalid_input',
      `The file is not a Pathwise goal file (format is ${format === undefined ? 'missing' : `"${excerpt(format)}"`}).`,
      'format',
    );
  }
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    throw new ServiceError(
      'invalid_input',
      `The file was made by a newer Pathwise (goal file version ${version}; this one reads up to ${EXPORT_VERSION}). Update Pathwise to import it.`,
      'version',
    );
  }
}

/** Custom resources whose prerequisites lead back to themselves, found without recursion. */
function findCycle(doc: ExportDocument): number | null {
  const index = new Map(doc.customResources.map((r, i) => [r.id, i]));
  const state = new Uint8Array(doc.customResources.length); // 0 new, 1 on the path, 2 done
  for (let start = 0; start < state.length; start++) {
    if (state[start]) continue;
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state[start] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const prereqs = doc.customResources[top.node]!.prerequisites;
      if (top.next >= prereqs.length) {
        state[top.node] = 2;
        stack.pop();
        continue;
      }
      const to = index.get(prereqs[top.next++]!);
      if (to === undefined || state[to] === 2) continue;
      if (state[to] === 1) return to;
      state[to] = 1;
      stack.push({ node: to, next: 0 });
    }
  }
  return null;
}

/**
 * The rules the app's own forms apply, applied to a file: a goal title the goal form would accept,
 * one resource per custom id, no prerequisite cycle, weeks in order, and no time logged after today.
 */
export function checkFormRules(doc: ExportDocument, today: string): void {
  const title = goalTitle.safeParse(doc.goal.title);
  if (!title.success) refuse('goal.title', describeIssue(title.error.issues).message);
  const seen = new Map<string, number>();
  doc.customResources.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first !== undefined) refuse(`customResources.${i}.id`, `"${excerpt(r.id)}" is already used by customResources.${first}`);
    seen.set(r.id, i);
  });
  const cycle = findCycle(doc);
  if (cycle !== null) refuse(`customResources.${cycle}.prerequisites`, `"${excerpt(doc.customResources[cycle]!.id)}" is its own prerequisite through a cycle`);
  doc.items.forEach((it, i) => {
    if (it.endWeek < it.startWeek) refuse(`items.${i}.endWeek`, `week ${it.endWeek} is before startWeek ${it.startWeek}`);
  });
  // A file made in another time zone can be a calendar day ahead of this machine, never more.
  const latest = addDaysTo(today, 1);
  doc.log.forEach((e, i) => {
    if (e.day > latest) refuse(`log.${i}.day`, `${e.day} is in the future; time can be logged on or before ${today}`);
    if (e.at.slice(0, 10) > latest) refuse(`log.${i}.at`, `${excerpt(e.at)} is in the future`);
  });
}

/**
 * A goal file, read completely before anything is written: BOM, size, nesting, JSON, version,
 * schema, then the forms' rules. Every refusal names the record and field; no raw file bytes are
 * ever echoed (a parse error gives a line and column, not the text around it).
 */
export function readGoalFile(content: string, today: string): ExportDocument {
  const text = content.startsWith(BOM) ? content.slice(BOM.length) : content;
  let raw: unknown;
  try {
    raw = parseImportText(text);
  } catch (e) {
    if (e instanceof ServiceError && /^The file is not valid JSON/.test(e.message)) {
      throw new ServiceError('invalid_input', `The file is not valid JSON (${where(e.message)}).`, 'content');
    }
    throw e;
  }
  checkVersion(raw);
  const parsed = ExportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = describeIssue(parsed.error.issues);
    throw new ServiceError('invalid_input', issue.message, issue.field);
  }
  checkFormRules(parsed.data, today);
  return parsed.data;
}

/** What JSON.parse objected to, in our words: V8's message quotes the file's text, so it is never passed on. */
function where(message: string): string {
  if (/Unexpected end/.test(message)) return 'it ends too early';
  if (/Unexpected non-whitespace/.test(message)) return 'there is text after the JSON document';
  if (/Bad control character|Bad escaped character|Unterminated string/.test(message)) return 'a string in it is malformed';
  return 'an unexpected character; a Pathwise goal file is JSON from its first byte';
}
