/**
 * Memo keys by name. Each kind of finding has its own slot: a numeric key is the finding's id times
 * the number of slots plus its slot, so the keys of two kinds never meet; a text key (used where
 * names or dates are part of it) starts with the kind. Numbers stay numbers on the hot path.
 */
const SLOT = {
  recordPartyBasis: 0,
  sanctions: 1,
  recordParty: 2,
  permits: 3,
  border: 4,
  dangerousGoods: 5,
  charges: 6,
  lane: 7,
} as const;
const SLOTS = 8;

export type MemoKind = keyof typeof SLOT | "unionPermits";

/** The numeric key of finding `id` (a whole number of 0 or more) of this kind. */
export function memoKey(kind: keyof typeof SLOT, id: number): number {
  return id * SLOTS + SLOT[kind];
}

/** A text key of this kind from its parts, joined with a character no name or code contains. */
export function textMemoKey(kind: MemoKind, ...parts: ReadonlyArray<string | number | undefined>): string {
  return [kind, ...parts.map((part) => part ?? "")].join("\u0000");
}
