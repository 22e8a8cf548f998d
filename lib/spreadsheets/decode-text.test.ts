import { describe, expect, it } from "vitest";
import { decodeText, decodeWindows1252 } from "./decode-text";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 with a byte-order mark and drops the mark", () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8("Côte d'Azur")))).toEqual({
      text: "Côte d'Azur",
      encoding: "utf-8",
      hadByteOrderMark: true,
    });
  });

  it("reads UTF-8 without a mark", () => {
    expect(decodeText(utf8("Nice Côte d’Azur — Èze"))).toEqual({
      text: "Nice Côte d’Azur — Èze",
      encoding: "utf-8",
      hadByteOrderMark: false,
    });
  });

  it("reads the Windows-1252 bytes old Excel writes, curly apostrophe and euro sign included", () => {
    // "Côte d’Azur 5 €" as Excel's "CSV (séparateur : point-virgule)" saves it on a French Windows.
    const windows1252 = bytes(0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x41, 0x7a, 0x75, 0x72, 0x20, 0x35, 0x20, 0x80);
    expect(decodeText(windows1252)).toEqual({
      text: "Côte d’Azur 5 €",
      encoding: "windows-1252",
      hadByteOrderMark: false,
    });
  });

  it("maps every byte of Windows-1252's 0x80–0x9F range to its character, not to a control character", () => {
    const text = decodeWindows1252(bytes(0x80, 0x8c, 0x9c, 0x96, 0x97, 0x93, 0x94));
    expect(text).toBe("€Œœ–—“”");
  });

  it("reads UTF-16 with its mark (Excel's Unicode text)", () => {
    const text = "Èze\tNice";
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    [...text].forEach((character, index) =>
      utf16.set([character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8], 2 + index * 2),
    );
    expect(decodeText(utf16)?.text).toBe(text);
  });

  it("refuses bytes holding NUL characters: not a text file", () => {
    expect(decodeText(bytes(0x50, 0x4e, 0x47, 0x00, 0x01))).toBeNull();
  });
});
