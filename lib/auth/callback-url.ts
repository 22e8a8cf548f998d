/** Where to go after signing in: a path of this app only, never another site (open redirect). "/" sends each role to its home. */
export function safeCallbackUrl(candidate: string | undefined): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/sign-in") || candidate.startsWith("/api/")) return "/";
  return candidate;
}
