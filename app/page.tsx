import { redirect } from "next/navigation";
import { homeFor } from "@/components/app-shell/areas";
import { requireUser } from "@/lib/auth";

export default async function Home() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
