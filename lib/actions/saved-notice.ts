// The confirmation a save leaves for the page it goes to (issue 21: "no confirmation after a
// create, save or status change"). A query parameter, not a cookie: the action's redirect renders
// the target in the same response, and the shell's notice strips the parameter once shown, so a
// reload or a shared link does not repeat it. No server imports.

export const savedParam = "saved";

/** `url` with the saved notice asked for, before any #fragment. */
export function withSavedNotice(url: string): string {
  const [path = "", fragment] = url.split("#", 2);
  const joined = `${path}${path.includes("?") ? "&" : "?"}${savedParam}=1`;
  return fragment === undefined ? joined : `${joined}#${fragment}`;
}
