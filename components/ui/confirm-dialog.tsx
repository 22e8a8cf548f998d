"use client";

import { useRef, type ReactNode } from "react";

/**
 * A button that asks before a destructive or irreversible step. The native <dialog> traps focus,
 * closes with Escape and returns focus to the button. `children` is the form whose submit confirms.
 */
export function ConfirmDialog({
  trigger,
  message,
  cancelLabel,
  children,
}: {
  trigger: string;
  message: string;
  cancelLabel: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
      >
        {trigger}
      </button>
      <dialog
        ref={dialog}
        aria-label={trigger}
        className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <p className="mb-4">{message}</p>
        <div className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100"
          >
            {cancelLabel}
          </button>
          <div onSubmit={() => dialog.current?.close()}>{children}</div>
        </div>
      </dialog>
    </>
  );
}
