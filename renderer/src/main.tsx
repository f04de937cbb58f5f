import { startFirstReads } from './data/first-reads';
import { applyTheme, loadTheme } from './lib/theme';
import './styles.css';

// The first script is small: it asks the service for the first screen's data, then loads the app,
// whose React and screens take the browser longer to compile than the service takes to answer.
startFirstReads();
applyTheme(loadTheme());
void import('./app-root');
