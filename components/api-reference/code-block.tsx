/**
 * A block of code that keeps its lines: it scrolls sideways on its own (never the page), and can
 * take the keyboard focus so keyboard users can scroll it too.
 */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md bg-slate-900 p-3">
      <pre className="text-sm leading-relaxed text-slate-50">
        <code>{code}</code>
      </pre>
    </div>
  );
}
