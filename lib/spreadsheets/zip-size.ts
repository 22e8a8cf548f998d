// How many bytes a ZIP archive (an .xlsx is one) says it unpacks to, read from its central
// directory without unpacking anything: a 5 MB file may otherwise expand to gigabytes in memory.

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;

/** The sum of the entries' declared uncompressed sizes, or null when the bytes are not a ZIP this reader understands (ZIP64 included). */
export function unpackedZipSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is at least 22 bytes from the end, followed by a comment of up to 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === endOfCentralDirectory) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return null;
  let total = 0;
  let offset = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== centralDirectoryEntry) return null;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}
