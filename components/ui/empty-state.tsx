export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <section
      aria-labelledby="empty-state-title"
      className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center"
    >
      <h2 id="empty-state-title" className="text-lg font-medium text-slate-900">
        {title}
      </h2>
      <p className="mx-auto mt-2 max-w-prose text-slate-600">{body}</p>
    </section>
  );
}
