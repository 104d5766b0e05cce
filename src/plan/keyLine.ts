/**
 * The key line of a finding: what a cell or a next step shows of a message whose rest is detail.
 * The Issues cell shows it for a long finding (with a reference to the details sheet); the next
 * step shows it for any finding that is not about a permit.
 */

/** A key line is cut at its first ": " or sentence end after this many characters... */
const MIN_KEY_LINE = 20;
/** ...and never runs past this many (then it is cut at a word). */
const MAX_KEY_LINE = 160;

/**
 * The key line of a message: up to its first ": " or full stop that ends a sentence; a message
 * with neither is whole if it is short, else cut at a word.
 */
export function keyLine(message: string): string {
  const window = message.slice(0, MAX_KEY_LINE + 2);
  const colon = window.indexOf(": ", MIN_KEY_LINE);
  // A sentence ends at a full stop after a lower-case word or a bracket and before a capital, not
  // after "No.", "e.g." or "Abs. 2a".
  const sentence = /[a-z)\]]{2}\.(?=\s+[A-Z]|$)/g;
  sentence.lastIndex = MIN_KEY_LINE;
  const stop = sentence.exec(window);
  const ends = [colon, stop ? stop.index + 2 : -1].filter((index) => index >= MIN_KEY_LINE && index <= MAX_KEY_LINE);
  if (ends.length) return message.slice(0, Math.min(...ends));
  if (message.length <= MAX_KEY_LINE) return message.replace(/\.$/, "");
  const space = window.lastIndexOf(" ", MAX_KEY_LINE);
  return message.slice(0, space > MIN_KEY_LINE ? space : MAX_KEY_LINE).replace(/[,;:(\s]+$/, "");
}
