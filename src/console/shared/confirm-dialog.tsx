import { useEffect, useRef } from "react";

export type Confirmation = { title: string; effect: string; confirm: string; danger?: boolean; run: () => void | Promise<void> } | null;

/** Publish and withdraw ask once, saying what residents will see; Esc or "Thôi" cancels. */
export function ConfirmDialog({ confirmation, onClose }: { confirmation: Confirmation; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (confirmation && !dialog.open) dialog.showModal();
    if (!confirmation && dialog.open) dialog.close();
  }, [confirmation]);
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="confirm-title" onClose={onClose}>
      {confirmation && (
        <>
          <h3 id="confirm-title">{confirmation.title}</h3>
          <p className="confirm-effect">{confirmation.effect}</p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              Thôi
            </button>
            <button
              type="button"
              className={confirmation.danger ? "danger" : "primary"}
              onClick={() => {
                onClose();
                void confirmation.run();
              }}
            >
              {confirmation.confirm}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
