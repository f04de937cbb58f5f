/**
 * Wall-clock time in an IANA time zone, computed with Intl only (shared/ never imports Node), so a
 * reminder set for 19:00 stays at 19:00 local across daylight-saving changes and a move to another zone.
 */

export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Throws a RangeError naming the zone when Intl does not know it. */
export function assertTimeZone(zone: string): void {
  formatter(zone);
}

export function wallTimeAt(instant: number, zone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function offsetAt(instant: number, zone: string): number {
  const w = wallTimeAt(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show `wall`. A time skipped by a spring-forward change does
 * not exist, so it resolves to the same distance after the change (02:30 becomes 03:30), as calendars
 * do; a time repeated by a fall-back change resolves to its first occurrence.
 */
export function instantOf(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Offsets either side of the wall time: the earlier one picks the first of two repeated hours.
  const before = offsetAt(asUtc - 86_400_000, zone);
  const after = offsetAt(asUtc + 86_400_000, zone);
  for (const offset of before === after ? [before] : [Math.max(before, after), Math.min(before, after)]) {
    const candidate = asUtc - offset;
    const w = wallTimeAt(candidate, zone);
    if (w.year === wall.year && w.month === wall.month && w.day === wall.day && w.hour === wall.hour && w.minute === wall.minute) {
      return candidate;
    }
  }
  // In the gap: keep the offset from before the change, which lands after it by the gap's length.
  return asUtc - before;
}
