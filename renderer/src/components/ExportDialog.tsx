import { useState } from 'react';
import type { FileFormat } from '../../../shared/contract/methods';
import { api, messageOf } from '../lib/api';
import { Modal } from './Modal';

const FORMATS: { value: FileFormat; label: string; hint: string }[] = [
  { value: 'md', label: 'Markdown checklist', hint: 'For notes apps: grouped by week, with links, statuses and notes.' },
  { value: 'csv', label: 'CSV spreadsheet', hint: 'One row per item, safe to open in any spreadsheet.' },
  { value: 'ics', label: 'Calendar (iCalendar)', hint: 'Each item on its weeks; importing again updates, never duplicates.' },
  { value: 'pdf', label: 'PDF', hint: 'A print-styled plan.' },
  { value: 'html', label: 'Web page (HTML)', hint: 'The same print-styled plan as a file.' },
  { value: 'json', label: 'Pathwise goal file (JSON)', hint: 'Everything, to restore this goal on another computer.' },
];

export function ExportDialog({ goalId, onClose, notify }: { goalId: number; onClose(): void; notify(m: string): void }) {
  const [format, setFormat] = useState<FileFormat>('md');
  const [reminders, setReminders] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!api) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.app.exportFile({ goalId, format, reminders });
      if (!r.ok) return setError(r.error.message);
      if (r.value.saved) notify('Exported.');
      onClose();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title="Export this plan" onClose={onClose}>
      <form onSubmit={run}>
        <fieldset className="choices">
          <legend className="sr-only">Format</legend>
          {FORMATS.map((f) => (
            <label key={f.value} className="choice">
              <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
              <span className="choice-label">{f.label}</span>
              <span className="choice-hint">{f.hint}</span>
            </label>
          ))}
        </fieldset>
        {format === 'ics' && (
          <label className="check">
            <input type="checkbox" checked={reminders} onChange={(e) => setReminders(e.target.checked)} /> Add a reminder at 9:00 on each item's first day
          </label>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
