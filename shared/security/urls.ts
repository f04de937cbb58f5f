/**
 * Links leave the app only as plain https URLs to a real host name: no other scheme, no credentials,
 * no whitespace or control characters, no bare IP addresses or localhost.
 */
export function isAllowedExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return false;
  if (/[\s\u0000-\u001f\u007f-\u009f\\]/.test(raw)) return false;
  if (!raw.startsWith('https://')) return false;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  const host = u.hostname;
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.') || host.startsWith('.') || host.endsWith('.') || host.includes('..')) return false;
  if (/^[0-9.]+$/.test(host) || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false;
  return true;
}
