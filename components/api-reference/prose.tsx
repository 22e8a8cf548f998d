/**
 * A description from the OpenAPI document. Descriptions are CommonMark; the only markup they use is
 * `code`, shown here as code rather than as backticks.
 */
export function Prose({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] [overflow-wrap:anywhere]">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
