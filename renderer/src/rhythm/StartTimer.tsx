import { useSession } from './useSession';

/** Starts a study session on an item; only one runs at a time, so the button says which one does. */
export function StartTimer({ itemId, title }: { itemId: number; title: string }) {
  const { session, start } = useSession();
  if (session?.itemId === itemId) return <span className="session-running">Timer running</span>;
  const other = session !== null;
  return (
    <button
      type="button"

      disabled={other}
      title={other ? `A timer is running on "${session.title}"` : undefined}
      aria-label={`Start a study timer on ${title}`}
      onClick={() => void start(itemId)}
    >
      Start timer
    </button>
  );
}
