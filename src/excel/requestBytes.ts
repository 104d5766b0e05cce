/**
 * The most bytes a text can take in a request to Excel: ASCII is one byte a character; any other
 * UTF-16 unit is counted at six, the size of a JSON "\uXXXX" escape, which is at least its UTF-8 size
 * (two or three bytes, four for a surrogate pair). Excel on the web refuses requests over 5 MB, and
 * a string's length alone undercounts a Chinese permit name by a factor of three to six.
 */
export function requestBytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}
