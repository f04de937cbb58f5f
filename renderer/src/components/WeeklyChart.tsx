import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from '../lib/chart-points';

/**
 * Hours planned against logged. A picture of the table beside it, so it is hidden from assistive
 * technology and out of the tab order (inert); the table carries the same figures. Loaded on demand.
 */
export default function WeeklyChart({ data, target }: { data: ChartPoint[]; target: string | null }) {
  return (
    <div className="chart" aria-hidden="true" inert>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 16, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" stroke="var(--muted)" />
          <YAxis stroke="var(--muted)" unit=" h" width={48} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend />
          <Bar dataKey="planned" name="Planned" fill="var(--chart-planned)" isAnimationActive={false} />
          <Bar dataKey="logged" name="Logged" fill="var(--chart-logged)" isAnimationActive={false} />
          {target && (
            <ReferenceLine x={target} stroke="var(--danger)" strokeDasharray="4 2" label={{ value: 'Target', position: 'top', fill: 'var(--text)' }} />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
