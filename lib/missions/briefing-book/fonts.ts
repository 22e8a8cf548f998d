import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Script } from "./text-runs";

// The briefing book's fonts (decision 022): Noto Sans for Latin, Greek and Cyrillic, Noto Sans
// Hebrew, Noto Sans SC for Chinese (and Japanese kana), from npm packages so that nothing depends
// on the fonts a server has. next.config.ts copies them into the standalone build.
const files: Record<Script, Record<"regular" | "bold", string>> = {
  latin: {
    regular: "noto-sans/400Regular/NotoSans_400Regular.ttf",
    bold: "noto-sans/700Bold/NotoSans_700Bold.ttf",
  },
  hebrew: {
    regular: "noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf",
    bold: "noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf",
  },
  cjk: {
    regular: "noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
    bold: "noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf",
  },
};

export type Weight = "regular" | "bold";

const loaded = new Map<string, Buffer>();

/** The font file's bytes, read once per process (the Chinese one is 10 MB: read only when a text needs it). */
export function fontBytes(script: Script, weight: Weight): Buffer {
  const file = files[script][weight];
  let bytes = loaded.get(file);
  if (!bytes) {
    bytes = readFileSync(path.join(process.cwd(), "node_modules", "@expo-google-fonts", file));
    loaded.set(file, bytes);
  }
  return bytes;
}

/** The name a document registers a font under. */
export const fontName = (script: Script, weight: Weight) => `${script}-${weight}`;
