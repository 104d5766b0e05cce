/**
 * Official addresses that have been retired or moved: a source citing one of them points a reader at
 * a page that is gone, redirected, or frozen at an old version, so the rule data should cite the
 * successor instead. A web archive's copy is listed too: it shows a page as it once was, not the
 * authority's current word.
 */
export interface RetiredAddress {
  /** The host, without "www."; only this exact host matches, not its subdomains (products.mhra.gov.uk is live). */
  host: string;
  /** When only part of the host is retired: the path prefix that is. */
  pathPrefix?: string;
  /** Where the material moved, for the message that asks for a replacement. */
  successor: string;
}

export const RETIRED_SOURCE_ADDRESSES: readonly RetiredAddress[] = [
  { host: "gpo.gov", pathPrefix: "/fdsys", successor: "govinfo.gov (FDsys was replaced by govinfo)" },
  { host: "frwebgate.access.gpo.gov", successor: "govinfo.gov" },
  { host: "edocket.access.gpo.gov", successor: "govinfo.gov or ecfr.gov" },
  { host: "export.gov", successor: "trade.gov (the U.S. Commercial Service's country guides)" },
  { host: "legacy.export.gov", successor: "trade.gov (the U.S. Commercial Service's country guides)" },
  { host: "hpra.ie", pathPrefix: "/homepage/", successor: "the HPRA's current pages under hpra.ie/regulation/" },
  {
    host: "mhra.gov.uk",
    successor: "gov.uk/government/organisations/medicines-and-healthcare-products-regulatory-agency",
  },
  { host: "cbec.gov.in", successor: "cbic.gov.in (the Central Board of Indirect Taxes and Customs)" },
  { host: "web.archive.org", successor: "the live official page, where it still exists" },
];

function withoutWww(host: string): string {
  return host.toLowerCase().replace(/^www\d?\./, "");
}

/** The retired address a URL is on, or undefined when it is on none. */
export function retiredAddressOf(url: string): RetiredAddress | undefined {
  const parsed = new URL(url);
  const host = withoutWww(parsed.hostname);
  return RETIRED_SOURCE_ADDRESSES.find(
    (retired) => retired.host === host && (!retired.pathPrefix || parsed.pathname.startsWith(retired.pathPrefix)),
  );
}
