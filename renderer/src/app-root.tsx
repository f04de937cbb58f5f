import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptFirstReads } from './data/first-reads';
import { createQueryClient } from './data/query';
import { RecoveryGate } from './screens/Recovery';

const client = createQueryClient();
adoptFirstReads(client);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App client={client} />
    </RecoveryGate>
  </StrictMode>,
);
