import type { SourceKind } from "./schema";

/**
 * The reviewed table of source hosts whose kind is known, used to classify the rule data's sources
 * (scripts/convert-rules-to-yaml.ts) and, by a test, to check that every source on one of these
 * hosts carries that kind. A host in none of these lists is secondary unless its source's title says
 * what it is (a title naming a copy of a law, or an authority's own page, was read one by one).
 */

/** Host patterns of governments, regulators, customs and tax authorities, official journals and treaty bodies. */
const OFFICIAL_HOST_PATTERNS: readonly RegExp[] = [
  /(^|\.)gov(\.[a-z]{2})?$/, // fda.gov, gov.uk, gov.pl, tga.gov.au, customs.gov.sg …
  /(^|\.)(gob|gub)\.[a-z]{2}$/, // aemps.gob.es, anam.gob.mx, sunat.gob.pe …
  /(^|\.)gouv\.fr$/,
  /(^|\.)go\.(jp|kr|th)$/,
  /(^|\.)gv\.at$/,
  /(^|\.)gc\.ca$/,
  /(^|\.)admin\.ch$/,
  /(^|\.)europa\.eu$/,
  /(^|\.)wto\.org$/,
  /(^|\.)who\.int$/,
];

/** Official hosts outside those patterns: regulators, customs and tax authorities, official journals, parliaments, public registers. */
const OFFICIAL_HOSTS: readonly string[] = [
  "canada.ca",
  "zoll.de",
  "bfarm.de",
  "bundesfinanzministerium.de",
  "regierung.niederbayern.bayern.de",
  "bra.nrw.de",
  "verwaltungsportal.hessen.de",
  "zufish.schleswig-holstein.de",
  "serviceportal.kreis-coesfeld.de",
  "vogtlandkreis.de",
  "ansm.sante.fr",
  "assemblee-nationale.fr",
  "swissmedic.ch",
  "lakemedelsverket.se",
  "aade.gr",
  "skatteverket.se",
  "www4.skatteverket.se",
  "etikprovningsmyndigheten.se",
  "laegemiddelstyrelsen.dk",
  "skat.dk",
  "info.skat.dk",
  "videnskabsetik.dk",
  "rn.dk",
  "farmatec.nl",
  "igj.nl",
  "zoek.officielebekendmakingen.nl",
  "belastingdienst.nl",
  "english.ccmo.nl",
  "hpra.ie",
  "revenue.ie",
  "oireachtas.ie",
  "famhp.be",
  "tarweb.minfin.fgov.be",
  "financien.belgium.be",
  "fagg.be",
  "afmps.be",
  "fagg-afmps.be",
  "sukl.cz",
  "celnisprava.cz",
  "ogyi.hu",
  "ms.ro",
  "anm.ro",
  "infarmed.pt",
  "info.portaldasfinancas.gov.pt",
  "gazzettaufficiale.it",
  "normattiva.it",
  "farmaco.agenziafarmaco.it",
  "boe.es",
  "fimea.fi",
  "jazmp.si",
  "dmp.no",
  "sahpra.org.za",
  "portal.sahpra.org.za",
  "ispch.cl",
  "aduana.cl",
  "sii.cl",
  "u.ae",
  "nibusinessinfo.co.uk",
  "gvvschoenau.de",
];

/** Hosts that reproduce legal texts (statutes, regulations, official notices) published by someone else. */
const LEGAL_TEXT_COPY_HOSTS: readonly string[] = [
  "law.cornell.edu",
  "gesetze.legal",
  "freirecht.de",
  "justiz-nrw.wolterskluwer-online.de",
  "360.lexisnexis.at",
  "certexternal-www.360.lexisnexis.at",
  "lawbrary.ch",
  "droit-bilingue.ch",
  "lexipedia.io",
  "regulations.justia.com",
  "chile.justia.com",
  "casetext.com",
  "vlex.es",
  "regulations.vlex.com",
  "iberley.es",
  "global-regulation.com",
  "lex.com.br",
  "rootlaw.com.tw",
  "acts.co.za",
  "source.acts.co.za",
  "lege-online.ro",
  "net.jogtar.hu",
  "law.lawstack.com",
  "lexbuild.dev",
  "legalize.dev",
  "fr.m.wikisource.org",
  "legal.tricoteuses.fr",
  "juriblio.fr",
  "eurlexa.com",
  "lexray.eu",
  "elov.dk",
  "beta.bailii.org",
  "elaw.klri.re.kr",
  "gcctaxlaws.com",
  "gazettetracker.com",
  "abmevzuat.com",
  "iura.cl",
  "lawserver.com",
  "lawsdocbox.com",
  "d1tvxue8o4w0fl.cloudfront.net",
  "cecc.gov",
  "elchwinkel.de",
  "relaxed-ins-stex.de",
  "lena.mx",
  "lfind.kr",
  "web.lawcrux.com",
  "leaux.net",
  "fantasticsearch.net",
  "french-business-law.com",
  "frnow.com",
  "govuk.cln.exportcontroldigital.dev",
  "legislation.glitch.me",
];

/**
 * Hosts on an official pattern that are not themselves the authority for what they are cited for:
 * a US government database summarising other countries' law, a journal-article archive, and web
 * archives keeping copies of retired official pages.
 */
const SECONDARY_HOSTS: readonly string[] = [
  "clinregs.niaid.nih.gov",
  "pmc.ncbi.nlm.nih.gov",
  "webarchive.library.unt.edu",
  "bac-lac.wayback.archive-it.org",
  "web.archive.org",
  "webarchive.nationalarchives.gov.uk",
];

/**
 * Parts of official hosts that summarise other countries' law, as ClinRegs does: a government's
 * export-promotion guides (the US International Trade Administration's country guides and market
 * notes, the retired export.gov articles, Austrade's market pages) describe another country's
 * customs rules, so they are not that country's authority.
 */
const SECONDARY_ADDRESS_PREFIXES: readonly string[] = [
  "trade.gov/country-commercial-guides/",
  "trade.gov/market-intelligence/",
  "trade.gov/knowledge-product/",
  "trade.gov/canada-",
  "legacy.export.gov/article",
  "austrade.gov.au/australian/export/export-markets/",
];

function withoutWww(host: string): string {
  return host.toLowerCase().replace(/^www\d?\./, "");
}

/** The kind the reviewed table gives a host, or undefined when the host is in none of its lists. */
export function sourceKindOfHost(host: string): SourceKind | undefined {
  const bare = withoutWww(host);
  if (SECONDARY_HOSTS.includes(bare)) return "secondary";
  if (LEGAL_TEXT_COPY_HOSTS.includes(bare)) return "legal-text-copy";
  if (OFFICIAL_HOSTS.includes(bare) || OFFICIAL_HOST_PATTERNS.some((pattern) => pattern.test(bare))) return "official";
  return undefined;
}

/** The kind the reviewed table gives a source's address: its host's, unless the address is in a part of the host listed apart. */
export function sourceKindOfAddress(url: string): SourceKind | undefined {
  const address = new URL(url);
  const hostAndPath = `${withoutWww(address.hostname)}${address.pathname}`.toLowerCase();
  if (SECONDARY_ADDRESS_PREFIXES.some((prefix) => hostAndPath.startsWith(prefix))) return "secondary";
  return sourceKindOfHost(address.hostname);
}
