/**
 * An authority's name without its bracketed explanations, for a next step that must read in one
 * line: "ANSM (Agence nationale de sécurité du médicament ...)" is "ANSM", "Competent Land authority
 * for the importer's site (e.g. Regierung von Oberbayern ...)" is "Competent Land authority for the
 * importer's site". The permits column keeps the whole name. A name that is all brackets is kept.
 */
export function authorityShortName(authority: string): string {
  let depth = 0;
  let short = "";
  for (const character of authority) {
    if (character === "(") depth++;
    else if (character === ")" && depth > 0) depth--;
    else if (depth === 0) short += character;
  }
  const tidied = short
    .replace(/\s+/g, " ")
    .replace(/\s+([,;.])/g, "$1")
    .trim();
  return tidied || authority;
}
