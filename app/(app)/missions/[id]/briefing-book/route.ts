import { getCurrentUser } from "@/lib/auth";
import { getBriefingBook } from "@/lib/missions/briefing-book/content";
import { renderBriefingBook } from "@/lib/missions/briefing-book/render";

/** "Mission Xiamen — Carnaval 2016" → "briefing-book-mission-xiamen-carnaval-2016.pdf" (plain ASCII, any browser). */
function fileName(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `briefing-book${slug ? `-${slug}` : ""}.pdf`;
}

/** GET /missions/<id>/briefing-book — the mission's briefing book as a PDF, in the reader's language. */
export async function GET(_request: Request, { params }: RouteContext<"/missions/[id]/briefing-book">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  const { id } = await params;
  const book = await getBriefingBook(user, id);
  if (!book) return new Response("No such mission.", { status: 404 });
  const pdf = await renderBriefingBook(book);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName(book.title)}"`,
      "Cache-Control": "no-store",
    },
  });
}
