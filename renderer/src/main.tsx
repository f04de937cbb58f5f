import { startFirstReads } from './data/first-reads';
import { applyTheme, loadTheme } from './lib/theme';
import { initialView } from './state/view';
import './styles.css';

// The first script is small: it asks the service for the first screen's data, then runs the app (already
// being fetched, see vite.config.ts), whose start-up takes longer than the service takes to answer.
// The app waits for the plan to be asked, as running it would hold up the page's hearing the goal list.
applyTheme(loadTheme());
const reads = startFirstReads();
void reads.finally(() => import('./app-root'));
// "This week", the first tab, is a chunk of its own: when the page opens on a goal's week, it is fetched
// beside the app rather than once the app has rendered and asked for it. A failure is the screen's to
// show when it asks.
if (initialView().tab === 'week') {
  reads.then((goal) => (goal === null ? undefined : import('./screens/WeekScreen'))).catch(() => undefined);
}
