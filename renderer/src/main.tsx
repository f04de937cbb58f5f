import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startFirstReads } from './data/first-reads';
import { createQueryClient } from './data/query';
import { applyTheme, loadTheme } from './lib/theme';
import { RecoveryGate } from './screens/Recovery';
import './styles.css';

const client = createQueryClient();
startFirstReads(client);
applyTheme(loadTheme());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App client={client} />
    </RecoveryGate>
  </StrictMode>,
);
