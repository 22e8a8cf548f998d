import type { ActionResult } from "@/lib/action-result";

/** The general outcome of a form: an alert on failure, a status message on success. */
export function FormMessage({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  if (!result) return null;
  if (!result.ok) {
    return (
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {result.message}
      </p>
    );
  }
  return success ? (
    <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
      {success}
    </p>
  ) : null;
}
