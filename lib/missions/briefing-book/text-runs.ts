// Text as the briefing book draws it: pdfkit lays out one font at a time, so text is cut into runs
// each drawn with a font that has its script (Noto Sans for Latin, Greek and Cyrillic, Noto Sans
// Hebrew, Noto Sans SC for Chinese and Japanese kana). Mixed directions are ordered with the
// Unicode bidirectional algorithm (bidi-js): runs come in the order they are seen, left to right.
// Inside a Hebrew run the letters stay in reading order, because the font engine (fontkit, under
// pdfkit) itself draws a right-to-left script's run from right to left. Pure, no server imports.
import bidiFactory from "bidi-js";

export type Script = "latin" | "hebrew" | "cjk";
export type TextRun = { text: string; script: Script };

const bidi = bidiFactory();
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** The text in the order its characters are seen, each line on its own. */
export function visualOrder(text: string): string {
  if (!rightToLeft.test(text)) return text;
  return text
    .split("\n")
    .map((line) => {
      if (!rightToLeft.test(line)) return line;
      // A line is read in the direction of its first strong character: a Hebrew name stays right to left.
      const levels = bidi.getEmbeddingLevels(line, "auto");
      return bidi.getReorderedString(line, levels);
    })
    .join("\n");
}

function scriptOf(char: string): Script | null {
  const code = char.codePointAt(0) ?? 0;
  if ((code >= 0x0590 && code <= 0x05ff) || (code >= 0xfb1d && code <= 0xfb4f)) return "hebrew";
  if (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code >= 0x20000
  )
    return "cjk";
  // Spaces, digits and punctuation go with the run they are in: every font has them.
  if (/[\s\p{N}\p{P}\p{S}]/u.test(char)) return null;
  return "latin";
}

const hebrewWords = /([\u0590-\u05ff\ufb1d-\ufb4f]+)/u;

/**
 * The text cut where the script changes, runs in visual order; spaces, digits and punctuation stay
 * in the run around them. Hebrew comes one word per run, each word's letters in reading order: the
 * font engine (fontkit, under pdfkit) draws a right-to-left word from right to left itself.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const char of visualOrder(text)) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (last && (script === null || script === last.script)) last.text += char;
    else runs.push({ text: char, script: script ?? "latin" });
  }
  return runs.flatMap((run) =>
    run.script !== "hebrew"
      ? [run]
      : run.text
          .split(hebrewWords)
          .filter(Boolean)
          .map((part) =>
            hebrewWords.test(part)
              ? { text: [...part].reverse().join(""), script: "hebrew" as const }
              : { text: part, script: "latin" as const },
          ),
  );
}
