const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * A data file's bytes as text, or why they are not UTF-8 text a journalist's editor saved plainly:
 * a byte-order mark, UTF-16, or a byte that is not UTF-8 (Latin-1 or Windows-1252, for instance),
 * named with its offset and line, so nothing is decoded into "�" and published.
 */
export function decodeDataText(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: "expected UTF-8 text, found a byte-order mark (EF BB BF) at the start: save the file as UTF-8 without BOM" };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: "expected UTF-8 text, found UTF-16 (the file starts with a UTF-16 byte-order mark): save the file as UTF-8" };
  }
  try {
    return { text: strict.decode(bytes) };
  } catch {
    // The strict decoder only says the bytes are bad; the lenient one puts U+FFFD where a byte is,
    // and the first U+FFFD that is not itself in the file (as EF BF BD) marks the first bad byte.
    let offset = 0;
    let line = 1;
    for (const char of lenient.decode(bytes)) {
      if (char === "\uFFFD" && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
      if (char === "\n") line++;
      const code = char.codePointAt(0)!;
      offset += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    }
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, "0");
    return {
      problem: `expected UTF-8 text, found the byte 0x${byte} at offset ${offset} (line ${line}), which is not UTF-8: save the file as UTF-8 (this looks like Latin-1 or Windows-1252)`,
    };
  }
}
