import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A native modal dialog: focus is trapped, Escape closes it, and screen readers announce it. It opens on
 * the control marked `data-autofocus`, if any, and gives focus back to what had it when it closes.
 */
export function Modal({ title, onClose, children, wide }: { title: string; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    const opener = document.activeElement;
    if (d && !d.open) {
      d.showModal();
      // React's autoFocus ran while the dialog was still closed, where nothing takes focus; the
      // dialog then focused its first control (Close). The control marked data-autofocus is meant.
      d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      d?.close();
      // The dialog is already out of the page here, so the browser gives focus back to nothing: the
      // control that opened it gets it, if it is still there.
      if (opener instanceof HTMLElement && opener.isConnected && !d?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={`modal${wide ? ' wide' : ''}`} aria-labelledby="modal-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <header>
        <h2 id="modal-title">{title}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </header>
      {children}
    </dialog>
  );
}
