import { startFirstReads } from './data/first-reads';
import { applyTheme, loadTheme } from './lib/theme';
import './styles.css';

// The first script is small: it asks the service for the first screen's data, then runs the app (already
// being fetched, see vite.config.ts), whose start-up takes longer than the service takes to answer.
// The app waits for the plan to be asked, as running it would hold up the page's hearing the goal list.
applyTheme(loadTheme());
void startFirstReads().finally(() => import('./app-root'));
