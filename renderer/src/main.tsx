import { startFirstReads } from './data/first-reads';
import { applyTheme, loadTheme } from './lib/theme';
import { initialView } from './state/view';
import './styles.css';

// The first script is small: it asks the service for the first screen's data, then runs the app (already
// being fetched, see vite.config.ts), whose start-up takes longer than the service takes to answer.
// The app waits for the plan to be asked, as running it would hold up the page's hearing the goal list.
// "This week", the first tab, is a chunk of its own: when the page opens on it, it is fetched beside
// the app rather than once the app has rendered and asked for it.
applyTheme(loadTheme());
const opensOnWeek = initialView().tab === 'week';
void startFirstReads().finally(() => {
  void import('./app-root');
  if (opensOnWeek) void import('./screens/WeekScreen');
});
