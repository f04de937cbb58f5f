import type { AppInfo } from '../../../shared/contract/api';
import { Modal } from './Modal';

/** Where the learner's data lives and which versions are running. */
export function AboutDialog({ about, onClose }: { about: AppInfo; onClose(): void }) {
  return (
    <Modal title="About Pathwise" onClose={onClose}>
      <dl className="about">
        <dt>Version</dt>
        <dd>{about.version}</dd>
        <dt>Your data lives in</dt>
        <dd>
          <code>{about.dataDir}</code>
        </dd>
        <dt>Catalog version</dt>
        <dd>{about.catalogVersion}</dd>
      </dl>
      <p>Pathwise works offline and never sends anything over the network.</p>
    </Modal>
  );
}
