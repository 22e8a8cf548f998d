// Sends a file to an import route and reads its NDJSON answer line by line, so progress shows as it
// comes. Client-side; the lines' shape is lib/spreadsheets/import/preview-types.ts.
import type { ImportStreamLine } from "@/lib/spreadsheets/import/preview-types";

export async function runImportRequest(
  url: string,
  file: File,
  onLine: (line: ImportStreamLine) => void,
): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    body: file,
    headers: { "Content-Type": file.type || "application/octet-stream" },
  });
  // Refusals before any work (signed out, role, type, size) come as plain text with their status.
  if (!response.ok || !response.body) {
    onLine({ type: "error", message: await response.text() });
    return;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffered += decoder.decode(value, { stream: !done });
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) if (line.trim() !== "") onLine(JSON.parse(line) as ImportStreamLine);
    if (done) break;
  }
  if (buffered.trim() !== "") onLine(JSON.parse(buffered) as ImportStreamLine);
}
