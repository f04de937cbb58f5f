import { readFileSync } from 'node:fs';
import type { Result } from '../../shared/contract/results';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** A problem to report in one line and exit with: 2 for the user's input, 1 for anything else. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

const MAX_INPUT_BYTES = 1024 * 1024;

async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_INPUT_BYTES) throw new CliError('standard input is larger than 1 MB; a profile is a small JSON file');
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON document from a file or `-` (standard input), naming the file in every error. */
export async function readJson(path: string, stdin: NodeJS.ReadableStream, what: string): Promise<unknown> {
  let text: string;
  try {
    if (path === '-') text = await readStdin(stdin);
    else {
      text = readFileSync(path, 'utf8');
      if (Buffer.byteLength(text) > MAX_INPUT_BYTES) throw new CliError(`${what}: ${path} is larger than 1 MB`);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${what}: cannot read ${path}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`${what}: ${path === '-' ? 'standard input' : path} is not valid JSON (${(e as Error).message})`);
  }
}

export function parseId(value: string | undefined, name: string): number {
  if (value === undefined) throw new CliError(`${name} is required`);
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) throw new CliError(`${name} must be a positive whole number, got "${value}"`);
  return Number(value);
}

export function parseNumber(value: string | undefined, name: string): number {
  if (value === undefined) throw new CliError(`${name} is required`);
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new CliError(`${name} must be a number, got "${value}"`);
  return n;
}

/** Unwraps a service answer; its errors become one line naming the field, with exit code 2 for input mistakes. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const e = result.error;
  throw new CliError(e.message, e.code === 'storage' || e.code === 'damaged' || e.code === 'internal' ? 1 : 2);
}

/** Machine-readable output: indented JSON on stdout. */
export function json(io: Io, value: unknown): void {
  io.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Positional arguments must be exactly `names`; the message names what is missing or extra. */
export function expectArgs(args: string[], names: string[]): void {
  if (args.length < names.length) throw new CliError(`missing ${names.slice(args.length).join(' and ')}`);
  if (args.length > names.length) throw new CliError(`unexpected argument "${args[names.length]}"`);
}
