// The bytes of a CSV file → text. Spreadsheet programs write CSV in several encodings: UTF-8 with a
// byte-order mark (Excel's "CSV UTF-8"), UTF-8 without one (LibreOffice, most programs), UTF-16
// with a mark (Excel's "Unicode text") and Windows-1252 (Excel's plain "CSV" on a French Windows).
// Bytes that are valid UTF-8 are read as UTF-8; anything else as Windows-1252, which maps every
// byte to a character, so old files with accents read right instead of failing.

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodedText = { text: string; encoding: TextEncodingName; hadByteOrderMark: boolean };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, œ, Š…). Node 20's
// TextDecoder("windows-1252") decodes those bytes as Latin-1 control characters, so they are mapped
// here; unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their Latin-1 meaning, as browsers do.
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    const codes = Array.from(bytes.subarray(start, start + chunkSize), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80]! : byte,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Decodes the file; null when the bytes hold NUL characters outside UTF-16, i.e. the file is not text at all. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", hadByteOrderMark: true };
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      hadByteOrderMark: true,
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
      hadByteOrderMark: true,
    };
  if (bytes.includes(0)) return null;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
      hadByteOrderMark: false,
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", hadByteOrderMark: false };
  }
}
