import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface WeekPoint {
  week: number;
  planned: number;
  logged: number;
}

/** Hours a week, planned against logged. Loaded on demand so the plan view stays light. */
export default function WeeklyChart({ data }: { data: WeekPoint[] }) {
  return (
    <div className="chart" aria-hidden="true" inert>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="week" stroke="var(--muted)" tickFormatter={(w: number) => `W${w}`} />
          <YAxis stroke="var(--muted)" unit=" h" width={48} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend />
          <Bar dataKey="planned" name="Planned" fill="var(--chart-planned)" isAnimationActive={false} />
          <Bar dataKey="logged" name="Logged" fill="var(--chart-logged)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
