import type { ReactNode } from 'react';
import { api } from '../lib/api';

/** Links open in the learner's browser through the app's allowlist, never inside the app. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={href}
      className={className}
      rel="noopener noreferrer"
      target="_blank"
      onClick={(e) => {
        e.preventDefault();
        void api?.app.openExternal(href);
      }}
    >
      {children}
    </a>
  );
}
