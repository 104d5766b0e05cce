import type { Assessment } from "../../src/domain/assessment";
import type { ShipmentInput } from "../../src/domain/shipment";
import type { Status } from "../../src/domain/status";
import { assess } from "../../src/engine/assess";
import { embeddedRuleSet } from "../../src/rules/embedded";
import { contextWith, shipment } from "../support/fixtureRules";

/**
 * Scenario tests against the REAL embedded rules, as of 2026-11-26, with no parties on file.
 *
 * Every expectation below was worked out by hand from the rule facts (and the sources they cite),
 * not copied from the engine's output. Conventions used for the charges:
 * - customs value: the destination's basis; on a CIF basis with no freight/insurance in the row,
 *   the default 5% freight-and-insurance estimate is added; on an FOB basis the value is used as is;
 * - duty = rate x customs value, on the longest HS prefix that has a rate (default heading for the
 *   material when the row gives none: imp 3004, device 9018, lab-kit 3822, samples 3002, equipment 9027,
 *   ancillary none); null when the rules give no rate;
 * - import tax = rate x (customs value + duty); a relief is applied only when it lists the material,
 *   a relief that only names HS headings is mentioned but not applied; null when not covered;
 * - rounding to the currency's minor unit once, at the end; total is null when duty or tax is null.
 * Record parties: "appoint" = nobody yet (party null) and the *-of-record-needed issue;
 * "not needed" = no customs border; "not covered" = that country has no rules in Clearway.
 */

type RecordOutcome = "appoint" | "not needed" | "not covered" | { party: string };

interface Scenario {
  /** The specialist's note: what the row is and what the rules say about it. */
  note: string;
  row: Partial<ShipmentInput>;
  /** Permit rule ids, exactly, on the origin (export) and destination (import) side. */
  exportPermits: string[];
  importPermits: string[];
  importer: RecordOutcome;
  exporter: RecordOutcome;
  charges: { customsValue: number | null; duty: number | null; importTax: number | null; total: number | null };
  status: Status;
  /** Issue codes that must be present / absent. */
  issues?: string[];
  absent?: string[];
  leadTimeDays?: number | null;
  /** Words that some issue's message must contain. */
  messages?: string[];
  /** Scope of a listed permit (per-shipment, per-trial, per-product...), by rule id. */
  scopes?: Record<string, string>;
}

const rules = embeddedRuleSet();
const context = contextWith([], {}, rules);

const NONE = { customsValue: 0, duty: 0, importTax: 0, total: 0 };
const UNKNOWN = { customsValue: null, duty: null, importTax: null, total: null };

const scenarios: Scenario[] = [
  // ---------------------------------------------------------------- EU imports
  {
    // us-export-imp-fda; de-import-imp-einfuhrerlaubnis (replaces eu-import-imp-mia, 90 days, § 17 AMG);
    // de-ior-imp (foreign sponsor may not act); us-eor-imp; eu-valuation CIF; eu-duty-3004 0%; de-import-tax 19%.
    note: "IMP from a US depot to a German site: German import authorisation (§72 AMG) needed, EU duty 0% on 3004, import VAT 19% on CIF",
    row: { origin: "US", destination: "DE", material: "imp", value: 10000, currency: "EUR", sponsor: "Acme Pharma Inc" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 + 5% = 10500; duty 0; EUSt 19% x 10500 = 1995.
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    issues: ["permit-required", "freight-estimated", "hs-heading-assumed", "lead-time-unknown"],
    absent: ["rules-not-covered", "import-tax-relief", "extra-tariff-possible"],
    // The §72 authorisation is a per-importer standing licence: use an importer that holds it, so its
    // 90 days are not counted as a pending lead time; us-export-imp-fda has no sourced lead time.
    leadTimeDays: null,
  },
  {
    // As above, with the importer named in the row: the row's party is kept (de-ior-imp only describes who qualifies).
    note: "IMP US to DE with a named German depot as importer of record: the depot is kept as IOR",
    row: { origin: "US", destination: "DE", material: "imp", value: 2000, currency: "EUR", importerOfRecord: "Clinical Depot GmbH" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: { party: "Clinical Depot GmbH" },
    exporter: "appoint",
    // 2000 + 5% = 2100; 19% = 399.
    charges: { customsValue: 2100, duty: 0, importTax: 399, total: 399 },
    status: "action",
    absent: ["importer-of-record-needed"],
  },
  {
    // de-import-imp-einfuhrerlaubnis is per-importer (a standing licence of the importer, 90 days only for a new
    // one): shipping in three weeks is not a lead-time risk as long as an authorised importer is used.
    note: "IMP US to DE shipping 2026-12-17: §72 AMG authorisation is the importer's standing licence, no lead-time risk",
    row: { origin: "US", destination: "DE", material: "imp", value: 10000, currency: "EUR", shipDate: "2026-12-17", needByDate: "2027-01-15" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["de-import-imp-einfuhrerlaubnis"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    issues: ["permit-required"],
    absent: ["lead-time-tight", "lead-time-misses-need-by"],
    leadTimeDays: null,
  },
  {
    // us-export-device-fda; eu-import-device-clinical-investigation (an investigational device enters for an
    // authorised or notified clinical investigation under the MDR, held by the sponsor, per trial);
    // eu-ior-general (declarant established in the EU); us-eor-device; eu-duty-9018 0%; fr-import-tax 20%
    // (its reliefs are for IMP / headings 3002, 3004, not 9018).
    note: "Investigational device US to FR: FDA export approval, MDR clinical investigation authorisation, EU duty 0% on 9018, TVA 20%",
    row: { origin: "US", destination: "FR", material: "device", value: 5000, currency: "EUR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["eu-import-device-clinical-investigation"],
    importer: "appoint",
    exporter: "appoint",
    // 5000 + 5% = 5250; 20% = 1050.
    charges: { customsValue: 5250, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    issues: ["permit-required"],
    absent: ["import-tax-relief", "rules-not-covered"],
  },
  {
    // gb-export-no-strategic-licence (no export licence unless strategically controlled); eu-import-lab-kit-ce-ivd
    // (CE-marked IVDs circulate freely; the performance-study permit only if the kit holds an unmarked IVD);
    // eu-ior-general; gb-eor-all; eu-duty-3822 0%; nl-import-tax 21% (nl-import-tax-medicines-9 is for IMP, headings 3002/3004).
    note: "Lab kits from the UK to NL: no licence on either side in the usual case, EU duty 0% on 3822, btw 21%",
    row: { origin: "GB", destination: "NL", material: "lab-kit", value: 2000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 2000 + 5% = 2100; 21% = 441.
    charges: { customsValue: 2100, duty: 0, importTax: 441, total: 441 },
    status: "action",
    issues: ["permit-conditional", "importer-of-record-needed"],
    absent: ["rules-not-covered"],
  },
  {
    // ch-export-imp-swissmedic-establishment-licence (every company exporting medicinal products, clinical trials
    // included, holds a Swissmedic establishment licence, whose number goes on the export declaration);
    // be-import-imp-famhp-authorisation replaces eu-import-imp-mia; be-ior-imp; ch-eor-imp; be-import-tax 21%;
    // be-import-tax-medicines-6 only names headings 3002/3004 and its IMP eligibility is unconfirmed, so it is named but not applied.
    note: "IMP from Switzerland to BE: Swissmedic establishment licence, FAMHP import authorisation, duty 0%, VAT at the standard 21% (6% only named)",
    row: { origin: "CH", destination: "BE", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: ["ch-export-imp-swissmedic-establishment-licence"],
    importPermits: ["be-import-imp-famhp-authorisation"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 21% = 2205.
    charges: { customsValue: 10500, duty: 0, importTax: 2205, total: 2205 },
    status: "action",
    issues: ["permit-required", "import-tax-relief"],
    absent: ["rules-not-covered", "record-party-not-covered"],
  },
  {
    // Italy has no national form of the MIA(IMP), so eu-import-imp-mia stays and it-import-nos-usmaf is added;
    // it-ior-imp; it-import-tax-medicines-10 lists IMP (and heading 3004): IVA 10%.
    note: "IMP US to IT: EU MIA(IMP) plus the USMAF Nulla Osta Sanitario, IVA 10% for medicines of heading 3004",
    row: { origin: "US", destination: "IT", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["eu-import-imp-mia", "it-import-nos-usmaf"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 10% = 1050.
    charges: { customsValue: 10500, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    issues: ["import-tax-relief"],
  },
  {
    // GB: no export rule for non-controlled IMP; ES keeps eu-import-imp-mia and adds es-import-imp-aemps-085058;
    // es-ior-imp; gb-eor-all; es-import-tax-medicines-4 lists IMP: IVA 4%.
    note: "IMP UK to ES: EU MIA(IMP) plus AEMPS import authorisation (procedure 085058), IVA 4% for medicines",
    row: { origin: "GB", destination: "ES", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: [],
    importPermits: ["eu-import-imp-mia", "es-import-imp-aemps-085058"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 4% = 420.
    charges: { customsValue: 10500, duty: 0, importTax: 420, total: 420 },
    status: "action",
  },
  {
    // ch-export-samples-none; es-import-samples-rd65; es-ior-samples; ch-eor-other (exporter with a Swiss UID);
    // eu-duty-3002 0%; es-import-tax 21% (the 4% relief lists only IMP);
    // dg-un1845-dry-ice (dry-ice temperature) and dg-un3373-category-b.
    note: "Blood samples from Switzerland to a Spanish lab on dry ice, UN3373: RD 65/2006 import authorisation, IVA 21%, dry-ice and Category B packing",
    row: { origin: "CH", destination: "ES", material: "samples", value: 800, currency: "EUR", temperature: "dry-ice", dangerousGoods: ["UN3373"] },
    exportPermits: [],
    importPermits: ["es-import-samples-rd65"],
    importer: "appoint",
    exporter: "appoint",
    // 800 + 5% = 840; 21% = 176.4.
    charges: { customsValue: 840, duty: 0, importTax: 176.4, total: 176.4 },
    status: "action",
    issues: ["dangerous-goods"],
    absent: ["rules-not-covered", "dangerous-goods-not-covered", "record-party-not-covered"],
  },
  {
    // pl-import-imp-gif-import-licence replaces eu-import-imp-mia; pl-ior-imp; pl-import-tax 23% (no relief);
    // eu-de-minimis is in EUR, the row in PLN: not converted.
    note: "IMP US to PL invoiced in PLN: GIF import licence, VAT 23%, EU de minimis not compared (EUR vs PLN)",
    row: { origin: "US", destination: "PL", material: "imp", value: 40000, currency: "PLN" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["pl-import-imp-gif-import-licence"],
    importer: "appoint",
    exporter: "appoint",
    // 40000 + 5% = 42000; 23% = 9660.
    charges: { customsValue: 42000, duty: 0, importTax: 9660, total: 9660 },
    status: "action",
    issues: ["currency-not-converted"],
  },
  {
    // at-import-imp-basg-betriebsbewilligung (replaces eu-import-imp-mia) + at-import-imp-basg-notification;
    // at-ior-imp; at-import-tax-medicines-10 lists IMP (medicinal products under the AMG): 10%.
    note: "IMP US to AT: BASG § 63 AMG licence and AWEG import certificate, EUSt 10% for medicinal products",
    row: { origin: "US", destination: "AT", material: "imp", value: 10000, currency: "EUR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["at-import-imp-basg-betriebsbewilligung", "at-import-imp-basg-notification"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
  },

  // ------------------------------------------------------- EU internal movement
  {
    // eu-membership: no import or export between members, no duty or import VAT at the border.
    note: "Lab kits DE to FR: intra-community movement, no import, nothing to pay, status ok",
    row: { origin: "DE", destination: "FR", material: "lab-kit", value: 3000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["customs-union-movement"],
  },
  {
    // eu-membership.
    note: "Investigational devices NL to BE: intra-community movement, status ok",
    row: { origin: "NL", destination: "BE", material: "device", value: 12000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
  },
  {
    // Same country: domestic.
    note: "Equipment within Germany: domestic, no customs border, status ok",
    row: { origin: "DE", destination: "DE", material: "equipment", value: 5000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "ok",
    issues: ["domestic-shipment"],
  },

  // ------------------------------------------------------------ United Kingdom
  {
    // gb-import-imp-mia-imp (90 days, CT Regs reg 39); gb-ior-imp; gb-valuation CIF; gb-duty-3004 0%; gb-import-tax 20%.
    note: "IMP US to GB: UK MIA(IMP) holder imports, duty 0% (WTO pharma), import VAT 20% on CIF",
    row: { origin: "US", destination: "GB", material: "imp", value: 10000, currency: "GBP" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gb-import-imp-mia-imp"],
    importer: "appoint",
    exporter: "appoint",
    // 10500 x 20% = 2100.
    charges: { customsValue: 10500, duty: 0, importTax: 2100, total: 2100 },
    status: "action",
    // gb-import-imp-mia-imp is per-importer: a UK MIA(IMP) holder is used, its 90 days are not pending.
    leadTimeDays: null,
  },
  {
    // gb-de-minimis: GBP 135, duty only (VAT still due).
    note: "Low-value IMP resupply US to GB at GBP 100: under the GBP 135 duty de minimis, VAT still due",
    row: { origin: "US", destination: "GB", material: "imp", value: 100, currency: "GBP" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gb-import-imp-mia-imp"],
    importer: "appoint",
    exporter: "appoint",
    // 100 + 5% = 105; duty 0; VAT 20% = 21.
    charges: { customsValue: 105, duty: 0, importTax: 21, total: 21 },
    status: "action",
    issues: ["de-minimis"],
  },
  {
    // No-commercial-value row with value 0: a customs value is still needed (gb-valuation note).
    note: "NCV IMP US to GB with value 0: customs value required, charges not estimated from a value of 0",
    row: { origin: "US", destination: "GB", material: "imp", value: 0, currency: "GBP", noCommercialValue: true },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["gb-import-imp-mia-imp"],
    importer: "appoint",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["customs-value-required"],
  },
  {
    // gb-import-device-equipment-no-import-licence (Open General Import Licence); the UKCA/CE rule only if the
    // equipment is itself a medical device; us-export-ear99-nlr; gb-ior-other; gb-duty-902789 0%;
    // gb-import-tax-relief-scientific-instruments lists equipment: 0% (eligible research establishment).
    note: "Analyser (HS 9027 89) US to a UK university hospital: duty 0%, VAT zero-rated scientific-instrument relief",
    row: { origin: "US", destination: "GB", material: "equipment", value: 10000, currency: "GBP", hsCode: "90278900" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["import-tax-relief", "permit-conditional"],
    absent: ["hs-heading-assumed", "rules-not-covered"],
  },
  {
    // gb-ata: the UK accepts ATA carnets for professional equipment.
    note: "Returnable equipment US to GB under an ATA carnet: nothing to pay now",
    row: { origin: "US", destination: "GB", material: "equipment", value: 30000, currency: "GBP", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission"],
  },
  {
    // in-export-samples-noc; gb-import-samples-none; gb-ior-other; in-eor-samples; gb-duty-3002 0%; VAT 20%;
    // ln2 temperature -> dg-ln2-dry-shipper.
    note: "Samples from India to a UK lab in an LN2 dry shipper: CDSCO/ICMR export NOC, no UK permit, VAT 20%",
    row: { origin: "IN", destination: "GB", material: "samples", value: 400, currency: "GBP", temperature: "ln2" },
    exportPermits: ["in-export-samples-noc"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 400 + 5% = 420; 20% = 84.
    charges: { customsValue: 420, duty: 0, importTax: 84, total: 84 },
    status: "action",
    issues: ["dangerous-goods"],
    absent: ["rules-not-covered"],
  },
  {
    // cn-export-samples-hgr-exit + cn-export-samples-special-articles; cn-eor-samples; gb-import-samples-none.
    note: "Samples leaving China for a UK lab: HGR exit licence and special-articles quarantine approval needed",
    row: { origin: "CN", destination: "GB", material: "samples", value: 500, currency: "GBP" },
    exportPermits: ["cn-export-samples-hgr-exit", "cn-export-samples-special-articles"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 525; 20% = 105.
    charges: { customsValue: 525, duty: 0, importTax: 105, total: 105 },
    status: "action",
    issues: ["lead-time-unknown"],
  },
  {
    // za-export-samples-doh-r181 (held by the site); za-export-sars-exporter-registration (every exporter registers
    // with SARS); za-eor-samples; gb-import-samples-none; VAT 20%.
    note: "Samples from a South African site to the UK: DoH R.181 export permit and SARS exporter registration needed",
    row: { origin: "ZA", destination: "GB", material: "samples", value: 1000, currency: "GBP" },
    exportPermits: ["za-export-samples-doh-r181", "za-export-sars-exporter-registration"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 1050, duty: 0, importTax: 210, total: 210 },
    status: "action",
  },

  // ------------------------------------------------------------- Switzerland
  {
    // ch-import-device-clinical-investigation: a category C investigation (device not CE-marked or used outside its CE
    // marking) needs Swissmedic and cantonal ethics committee authorisation (ClinO-MD), the usual case for an investigational
    // device, so it is listed to confirm; Swissmedic's "no import authorisation" covers marketed devices only; ch-ior-other;
    // ch-duty-9018 0% (industrial tariffs abolished); ch-import-tax 8.1%.
    note: "Investigational device US to CH: FDA export approval, Swissmedic and ethics committee authorisation of the category C investigation, duty 0%, import VAT 8.1% on CIF",
    row: { origin: "US", destination: "CH", material: "device", value: 5000, currency: "CHF" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["ch-import-device-clinical-investigation"],
    importer: "appoint",
    exporter: "appoint",
    // 5250 x 8.1% = 425.25.
    charges: { customsValue: 5250, duty: 0, importTax: 425.25, total: 425.25 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered", "record-party-not-covered"],
  },
  {
    // ch-import-samples-none (MPLO Art. 44(2)(b)(2): no per-shipment Swissmedic licence for blood not for use in humans);
    // eu-export-samples-no-eu-licence; eu-export-samples-dual-use (only if 1C351 pathogens) and
    // ch-import-samples-foph-pathogen-notice (only for group 3/4 organisms) are conditions, not tasks; eu-eor-general;
    // ch-duty-3002 0%; 8.1% with the 2.6% medications rate (headings only) named but not applied.
    note: "Samples DE to a Swiss central lab: no Swissmedic licence for blood not for human use, dual-use and FOPH notices only conditional; VAT 8.1%",
    row: { origin: "DE", destination: "CH", material: "samples", value: 1000, currency: "CHF" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1050 x 8.1% = 85.05.
    charges: { customsValue: 1050, duty: 0, importTax: 85.05, total: 85.05 },
    status: "action",
    // The conditional notices are named as conditions, not as tasks.
    issues: ["permit-conditional", "import-tax-relief"],
    absent: ["permit-required", "rules-not-covered"],
  },
  {
    // ch-ata: Switzerland accepts ATA carnets for professional equipment.
    note: "Returnable analyser DE to CH under an ATA carnet: no duty or VAT now",
    row: { origin: "DE", destination: "CH", material: "equipment", value: 20000, currency: "CHF", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission"],
  },

  // ------------------------------------------------------------ United States
  {
    // EU export rules for IMP are conditional (eu-export-imp-capital-punishment-goods, eu-export-imp-drug-precursor-cat4);
    // us-import-imp-ind; us-ior-imp lets a foreign sponsor act; eu-eor-general does not; us-valuation FOB;
    // us-duty-3004 0%; us-extra-section232-pharma named, not added; us-import-tax 0%.
    note: "IMP DE to US: IND covers the import, sponsor may be IOR, FOB, no VAT, Section 232 pharma tariff named as an issue",
    row: { origin: "DE", destination: "US", material: "imp", value: 10000, currency: "USD", sponsor: "Acme Pharma GmbH" },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: { party: "Acme Pharma GmbH" },
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible", "permit-conditional"],
    absent: ["freight-estimated"],
  },
  {
    // jp-export-imp-blood-products-approval and jp-export-imp-export-notification only conditional; us-import-imp-ind;
    // jp-eor-all (a resident, or a foreign company through a customs attorney); with no sponsor named nobody can act yet; Section 232 named.
    note: "IMP JP to US, no sponsor in the row: IOR to appoint, Section 232 named, no VAT",
    row: { origin: "JP", destination: "US", material: "imp", value: 10000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-imp-ind"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible", "permit-conditional", "exporter-of-record-needed"],
    absent: ["record-party-not-covered"],
  },
  {
    // us-import-ancillary-labkit-fda-device-requirements (FDA registration, listing and clearance checked at entry);
    // us-import-labkit-ivd-ide only when the kit holds a non-exempt investigational IVD; us-duty-3822 0%;
    // no Section 232 on 3822.
    note: "Lab kits GB to US: FDA device entry requirements, IDE only conditional, FOB, duty 0% on 3822, no tariff issue",
    row: { origin: "GB", destination: "US", material: "lab-kit", value: 4000, currency: "USD" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 4000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["extra-tariff-possible"],
  },

  {
    // gb-export-samples-none; us-import-samples-noninfectious (no CDC permit with a non-infectious certification
    // statement) and us-import-samples-cdc-permit only for infectious material; us-ior-samples; us-duty-3002 0%;
    // us-extra-section232-pharma is for pharmaceuticals (imp), not human samples under 3002.
    note: "Non-infectious samples GB to a US lab: no CDC permit (certification statement), FOB, no Section 232, nothing to pay",
    row: { origin: "GB", destination: "US", material: "samples", value: 500, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required", "extra-tariff-possible", "rules-not-covered"],
  },

  // ------------------------------------------------------------------ Canada
  {
    // ca-import-imp-cta-nol (per trial, 30 days); ca-ior-imp; ca-valuation FOB; ca-duty-3004 0%; ca-import-gst 5%.
    // ca-import-gst-relief-prescription-drugs names headings 3002/3004 only and says investigational drugs not on
    // Schedule VI stay taxable: named, not applied.
    note: "IMP US to CA: Health Canada NOL must travel with the goods, FOB, duty 0%, GST 5% (prescription-drug relief only named)",
    row: { origin: "US", destination: "CA", material: "imp", value: 10000, currency: "CAD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["ca-import-imp-cta-nol"],
    importer: "appoint",
    exporter: "appoint",
    // 10000 x 5% = 500.
    charges: { customsValue: 10000, duty: 0, importTax: 500, total: 500 },
    status: "action",
    issues: ["import-tax-relief"],
    leadTimeDays: 30,
  },
  {
    // ca-import-labkit-mdel only when the goods are medical devices; eu-eor-general; ca-duty-9027 0%; GST 5% on FOB.
    note: "Equipment DE to CA: MDEL only conditional, FOB value, GST 5%",
    row: { origin: "DE", destination: "CA", material: "equipment", value: 5000, currency: "CAD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 5000 x 5% = 250.
    charges: { customsValue: 5000, duty: 0, importTax: 250, total: 250 },
    status: "action",
    issues: ["permit-conditional"],
  },
  {
    // ca-de-minimis: CAD 20, duty and tax.
    note: "Spare part (equipment) US to CA worth CAD 18: under the CAD 20 de minimis, no duty or GST",
    row: { origin: "US", destination: "CA", material: "equipment", value: 18, currency: "CAD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 18, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
  },

  // ------------------------------------------------------------------- Japan
  {
    // jp-import-imp-ctn: the PMDA Clinical Trial Notification is the per-trial requirement the customs-only clearance rests on
    // (listed, like a US IND); jp-import-imp-yunyu-kakunin only without a CTN; jp-ior-imp (Japanese entity / ICC);
    // jp-duty-3004 0%; jp-import-tax 10%.
    note: "IMP US to JP under a CTN: the PMDA Clinical Trial Notification listed as the per-trial requirement, no Yunyu Kakunin-sho, consumption tax 10% on CIF",
    row: { origin: "US", destination: "JP", material: "imp", value: 2000000, currency: "JPY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 2,000,000 + 5% = 2,100,000; 10% = 210,000.
    charges: { customsValue: 2100000, duty: 0, importTax: 210000, total: 210000 },
    status: "action",
    issues: ["permit-conditional"],
  },
  {
    // jp-de-minimis: total customs value of JPY 10,000 or less is free of duty and consumption tax
    // (8,000 + 5% = 8,400 <= 10,000).
    note: "IMP US to JP worth JPY 8,000: customs value 8,400, under the JPY 10,000 de minimis, nothing to pay",
    row: { origin: "US", destination: "JP", material: "imp", value: 8000, currency: "JPY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 8400, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
  },
  {
    // Ancillary supplies have no default HS heading: duty unknown; jp-import-ancillary-pmd-act-authorisation (syringes
    // and needles are medical devices: a marketing licence with the product's approval, or an import confirmation for a
    // trial); jp-ior-ancillary-labkit-equipment; tax 10% still estimated.
    note: "Ancillary supplies US to JP, no HS code: PMD Act authority to import, duty not estimated, consumption tax 10%",
    row: { origin: "US", destination: "JP", material: "ancillary", value: 1000000, currency: "JPY" },
    exportPermits: [],
    importPermits: ["jp-import-ancillary-pmd-act-authorisation"],
    importer: "appoint",
    exporter: "appoint",
    // 1,050,000 x 10% = 105,000; duty unknown so no total.
    charges: { customsValue: 1050000, duty: null, importTax: 105000, total: null },
    status: "action",
    issues: ["hs-heading-unknown", "permit-required", "importer-of-record-needed"],
    absent: ["record-party-not-covered", "rules-not-covered"],
  },

  // ------------------------------------------------------------------- China
  {
    // cn-import-imp-customs-clearance-note; cn-ior-imp; cn-duty-3004 0%; cn-import-tax 13%
    // (cn-import-tax-anticancer-rare-3 only names headings: mentioned, not applied).
    note: "IMP US to CN: port Customs Clearance Note for Imported Drugs, duty 0%, import VAT 13%",
    row: { origin: "US", destination: "CN", material: "imp", value: 100000, currency: "CNY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["cn-import-imp-customs-clearance-note"],
    importer: "appoint",
    exporter: "appoint",
    // 105,000 x 13% = 13,650.
    charges: { customsValue: 105000, duty: 0, importTax: 13650, total: 13650 },
    status: "action",
    issues: ["import-tax-relief"],
  },
  {
    // cn-import-ancillary-labkit-md-registration (blood samplers and collection devices are medical devices: NMPA
    // registration or filing number on the declaration); cn-duty-382219 3% on 3822 19; VAT 13% on value + duty.
    note: "Lab kits (HS 3822 19) US to CN: NMPA device registration, duty 3% and VAT 13% on value plus duty",
    row: { origin: "US", destination: "CN", material: "lab-kit", value: 10000, currency: "CNY", hsCode: "3822190090" },
    exportPermits: [],
    importPermits: ["cn-import-ancillary-labkit-md-registration"],
    importer: "appoint",
    exporter: "appoint",
    // 10,500; duty 315; VAT 13% x 10,815 = 1,405.95; total 1,720.95.
    charges: { customsValue: 10500, duty: 315, importTax: 1405.95, total: 1720.95 },
    status: "action",
    issues: ["permit-required"],
    absent: ["rules-not-covered"],
  },

  // ------------------------------------------------------------------- India
  {
    // in-import-imp-ct17 (90 days); in-ior-imp; in-duty-3004 11% (BCD 10% plus the Social Welfare Surcharge of 10% of it);
    // in-import-tax-medicines-5 lists IMP: IGST 5%.
    note: "IMP US to IN: CT-17 licence (up to 90 days), BCD 10% with the 10% surcharge on it, IGST 5% on value plus duty",
    row: { origin: "US", destination: "IN", material: "imp", value: 100000, currency: "INR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    // 105,000; duty 11% = 11,550; IGST 5% x 116,550 = 5,827.5; total 17,377.5.
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "action",
    leadTimeDays: 90,
  },
  {
    // in-import-device-md17 (42 days); in-ior-device; in-duty-9018 13.75% (BCD 7.5% + Health Cess 5% under Notification
    // 8/2020-Customs' parent levy + Social Welfare Surcharge 10% of both; lowest line 10.5%); in-import-tax-medical-devices-5 lists device.
    note: "Device US to IN: MD-17 licence, BCD 7.5% plus the 5% Health Cess and the surcharge on 9018, IGST 5%, rounded once at the end",
    row: { origin: "US", destination: "IN", material: "device", value: 50000, currency: "INR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["in-import-device-md17"],
    importer: "appoint",
    exporter: "appoint",
    // 52,500; duty 13.75% = 7,218.75; IGST 5% x 59,718.75 = 2,985.9375 -> 2,985.94; total 10,204.6875 -> 10,204.69.
    charges: { customsValue: 52500, duty: 7218.75, importTax: 2985.94, total: 10204.69 },
    status: "action",
    issues: ["duty-rate-varies"],
    // in-import-device-md17 is per-importer (the importer's standing licence): not a pending lead time.
    leadTimeDays: null,
  },
  {
    // in-import-imp-ct17 90 days -> 2027-02-24; ship date 2027-03-10 leaves 14 days (> 7-day margin): no lead-time issue.
    note: "IMP US to IN shipping 2027-03-10: CT-17 can arrive by 2027-02-24, enough margin",
    row: { origin: "US", destination: "IN", material: "imp", value: 100000, currency: "INR", shipDate: "2027-03-10", needByDate: "2027-04-30" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "action",
    absent: ["lead-time-tight", "lead-time-misses-need-by", "ship-date-past"],
    leadTimeDays: 90,
  },
  {
    // in-import-imp-ct17: per-trial, up to 90 days -> applied for on 2026-11-26 it arrives 2027-02-24, after the
    // 2027-02-20 ship date (7-day margin) but before the need-by date 2027-04-30: tight.
    note: "IMP US to IN shipping 2027-02-20: the CT-17 licence (90 days) lands 2027-02-24, lead time tight (action)",
    row: { origin: "US", destination: "IN", material: "imp", value: 100000, currency: "INR", shipDate: "2027-02-20", needByDate: "2027-04-30" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "action",
    issues: ["lead-time-tight"],
    absent: ["lead-time-misses-need-by"],
    leadTimeDays: 90,
  },
  {
    // in-import-imp-ct17 90 days: 2027-02-24 is after the need-by date 2027-02-01: blocked.
    note: "IMP US to IN needed by 2027-02-01: the CT-17 licence cannot arrive in time, blocked",
    row: { origin: "US", destination: "IN", material: "imp", value: 100000, currency: "INR", shipDate: "2027-01-15", needByDate: "2027-02-01" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["in-import-imp-ct17"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 105000, duty: 11550, importTax: 5827.5, total: 17377.5 },
    status: "blocked",
    issues: ["lead-time-misses-need-by"],
    leadTimeDays: 90,
  },

  {
    // A relief that lists the material still has to match its headings: in-import-tax-medical-devices-5 lists
    // equipment but only for 9018/9027; a freezer (HS 8418 50) pays the 18% standard IGST; no IN duty rate for 8418.
    note: "Sample freezer (HS 8418 50) US to IN: the 5% IGST for medical/analysis apparatus does not reach 8418, IGST 18%",
    row: { origin: "US", destination: "IN", material: "equipment", value: 100000, currency: "INR", hsCode: "841850" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 105,000 x 18% = 18,900; duty unknown.
    charges: { customsValue: 105000, duty: null, importTax: 18900, total: null },
    status: "action",
    issues: ["duty-rate-not-covered", "rules-not-covered"],
    absent: ["import-tax-relief"],
  },
  {
    // in-ata: carnets not usable for trial-site equipment in India -> estimated now, returned-goods issue;
    // in-import-tax-medical-devices-5 lists equipment and covers 9027: 5%; no IN duty rate for 9027.
    note: "Returnable analyser DE to IN: no ATA carnet for trial equipment, IGST 5% estimated now, duty not on file",
    row: { origin: "DE", destination: "IN", material: "equipment", value: 200000, currency: "INR", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 210,000 x 5% = 10,500.
    charges: { customsValue: 210000, duty: null, importTax: 10500, total: null },
    status: "action",
    issues: ["returned-goods-relief", "import-tax-relief"],
    absent: ["temporary-admission"],
  },

  // --------------------------------------------------------------- Australia
  {
    // au-import-imp-ctn-cta + au-import-imp-bicon-declaration; au-ior-imp; au-valuation FOB; au-duty-3004 0%;
    // au-de-minimis AUD 1,000 duty and tax.
    note: "IMP US to AU worth AUD 800: CTN/CTA and BICON declaration, under the AUD 1,000 de minimis (no duty or GST)",
    row: { origin: "US", destination: "AU", material: "imp", value: 800, currency: "AUD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["au-import-imp-ctn-cta", "au-import-imp-bicon-declaration"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 800, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["de-minimis"],
    absent: ["duty-rate-not-covered"],
  },
  {
    // au-ata: ATA carnets accepted for professional and scientific equipment.
    note: "Returnable equipment US to AU under an ATA carnet: nothing to pay now",
    row: { origin: "US", destination: "AU", material: "equipment", value: 25000, currency: "AUD", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission"],
  },

  // ------------------------------------------------------------------ Brazil
  {
    // br-import-imp-anvisa-lpco; br-ior-imp; br-valuation CIF; Brazil's duty and taxes are not covered.
    note: "IMP US to BR: ANVISA consent on the LI/LPCO, II/IPI/PIS/COFINS/ICMS not covered (charges unknown)",
    row: { origin: "US", destination: "BR", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["br-import-imp-anvisa-lpco"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: null, importTax: null, total: null },
    status: "action",
    issues: ["duty-rate-not-covered", "import-tax-not-covered"],
  },
  {
    // br-ata: Brazil has not accepted ATA carnets since 2022 -> charges estimated, returned-goods issue.
    note: "Returnable equipment US to BR: no ATA carnet in Brazil, duties estimated as payable, returned-goods relief to check",
    row: { origin: "US", destination: "BR", material: "equipment", value: 20000, currency: "USD", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 21000, duty: null, importTax: null, total: null },
    status: "action",
    issues: ["returned-goods-relief"],
    absent: ["temporary-admission"],
  },

  // ------------------------------------------------------------ South Africa
  {
    // za-import-labkit-equipment-sahpra-licence only for device-type equipment; za-import-sars-importer-registration
    // (every importer registers with SARS); za-ata accepts carnets.
    note: "Returnable equipment DE to ZA under an ATA carnet: SARS importer registration, SAHPRA licence only if it is a medical device, nothing to pay",
    row: { origin: "DE", destination: "ZA", material: "equipment", value: 15000, currency: "ZAR", returnable: true },
    exportPermits: [],
    importPermits: ["za-import-sars-importer-registration"],
    importer: "appoint",
    exporter: "appoint",
    charges: NONE,
    status: "action",
    issues: ["temporary-admission", "permit-conditional"],
  },

  // ----------------------------------------------------------- Gulf states
  {
    // ae-import-imp-rcmohp-approval + ae-import-imp-mohap-import-permit; ae-ior-imp; ae-duty-3004 0%;
    // ae-import-tax-medicines-zero lists IMP (imported with MOHAP approval): 0%; ae-de-minimis AED 1,000 not reached.
    note: "IMP US to AE: RCMOHP approval and MOHAP import permit, duty 0%, VAT zero-rated",
    row: { origin: "US", destination: "AE", material: "imp", value: 10000, currency: "AED" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["ae-import-imp-rcmohp-approval", "ae-import-imp-mohap-import-permit"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["import-tax-relief"],
    absent: ["de-minimis", "currency-not-converted"],
  },
  {
    // ae-ata: carnets only for exhibitions (Annexes A, B1), not professional equipment -> charges estimated;
    // no AE duty for 9027 on file; VAT 5% (the zero rate lists IMP and devices only).
    note: "Returnable equipment GB to AE: carnet not accepted for professional equipment, VAT 5% estimated, duty unknown",
    row: { origin: "GB", destination: "AE", material: "equipment", value: 20000, currency: "AED", returnable: true },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 21,000 x 5% = 1,050.
    charges: { customsValue: 21000, duty: null, importTax: 1050, total: null },
    status: "action",
    issues: ["returned-goods-relief", "duty-rate-not-covered"],
  },
  {
    // sa-import-device-sfda-clinical-study; sa-ior-device; no SA duty on file; sa-import-tax 15%.
    note: "Device US to SA: SFDA clinical-study approval, VAT 15% on CIF, duty not on file",
    row: { origin: "US", destination: "SA", material: "device", value: 20000, currency: "SAR" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["sa-import-device-sfda-clinical-study"],
    importer: "appoint",
    exporter: "appoint",
    // 21,000 x 15% = 3,150.
    charges: { customsValue: 21000, duty: null, importTax: 3150, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
  },

  // ----------------------------------------------------- Sanctions / embargoes
  {
    // us-cuba-embargo: blocked unless a BIS licence is held; Cuba has no rules on file.
    note: "IMP US to CU: US embargo (EAR 746.2), blocked; Cuba not covered",
    row: { origin: "US", destination: "CU", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked", "country-not-covered"],
  },
  {
    // us-iran-itsr-medical-gl: general licence 560.530(a)(3)(i) covers imp and device, with conditions.
    note: "IMP US to IR: ITSR general licence for medicine applies, with its conditions (action, not blocked)",
    row: { origin: "US", destination: "IR", material: "imp", value: 10000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence", "country-not-covered"],
    absent: ["sanctions-blocked"],
  },
  {
    // us-iran-itsr-medical-gl does not cover samples: they need an OFAC specific licence.
    note: "Samples US to IR: not covered by the medical general licence, blocked",
    row: { origin: "US", destination: "IR", material: "samples", value: 500, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // us-north-korea-embargo: blocked.
    note: "Device US to KP: US sanctions on North Korea, blocked",
    row: { origin: "US", destination: "KP", material: "device", value: 3000, currency: "USD" },
    exportPermits: ["us-export-device-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // jp-north-korea-export-ban: Japan bans every export to North Korea by withholding METI's FEFTA Art. 48(3)
    // approval. JP's IMP export rules are conditional only (rules-not-covered); jp-eor-all; KP itself not covered.
    note: "IMP JP to KP: Japan's total export ban on North Korea, blocked unless METI approves",
    row: { origin: "JP", destination: "KP", material: "imp", value: 3000, currency: "JPY" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked", "country-not-covered"],
  },
  {
    // au-north-korea-permit: medicine is outside Australia's sanctions-permit requirement, with conditions listed;
    // au-export-imp-tga-experimental; au-eor-imp (an Australian resident or company).
    note: "IMP AU to KP: Australian sanctions leave medicine outside the permit requirement, conditions named",
    row: { origin: "AU", destination: "KP", material: "imp", value: 3000, currency: "AUD" },
    exportPermits: ["au-export-imp-tga-experimental"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence", "country-not-covered"],
    absent: ["sanctions-blocked"],
  },
  {
    // au-north-korea-permit covers medicine only; equipment (HS 84-85 among the export sanctioned goods) stays blocked.
    note: "Equipment AU to KP: outside the medicine exemption, blocked unless a sanctions permit is held",
    row: { origin: "AU", destination: "KP", material: "equipment", value: 3000, currency: "AUD" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // us-crimea-embargo (regions UA-43, UA-40): OFAC Ukraine GL 4 covers medicine (imp) only.
    note: "IMP US to a site in Crimea (UA-43): OFAC Ukraine GL 4 covers medicine, conditions apply",
    row: { origin: "US", destination: "UA", destinationRegion: "UA-43", material: "imp", value: 5000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence"],
    absent: ["sanctions-blocked", "sanctions-region-check"],
  },
  {
    // us-crimea-embargo lists only imp: a device to Crimea needs a BIS licence and OFAC authorisation.
    note: "Device US to Crimea (UA-43): outside GL 4's material scope, blocked",
    row: { origin: "US", destination: "UA", destinationRegion: "UA-43", material: "device", value: 5000, currency: "USD" },
    exportPermits: ["us-export-device-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "blocked",
    issues: ["sanctions-blocked"],
  },
  {
    // us-crimea-embargo and us-dnr-lnr-embargo cover parts of Ukraine: with no region in the row, confirm the site.
    note: "IMP US to UA with no region: confirm the site is outside Crimea and the DNR/LNR regions",
    row: { origin: "US", destination: "UA", material: "imp", value: 5000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-region-check"],
    absent: ["sanctions-blocked", "sanctions-general-licence"],
  },

  // ------------------------------------------------------ Controlled substances
  {
    // us-dea-export-permit-161 is the US form of the convention export authorisation (intl-1961/1971-export-*), and
    // de-import-narcotics-einfuhrgenehmigung (§ 11 BtMG / § 1 BtMAHV, per consignment) the German form of the import
    // certificate (intl-1961-import-certificate): each side lists its national permit, not both.
    note: "Controlled IMP US to DE: DEA export permit (Form 161) and BfArM narcotics import permit on top of the usual permits",
    row: { origin: "US", destination: "DE", material: "imp", value: 10000, currency: "EUR", controlledSubstance: true },
    exportPermits: ["us-export-imp-fda", "us-dea-export-permit-161"],
    importPermits: ["de-import-imp-einfuhrerlaubnis", "de-import-narcotics-einfuhrgenehmigung"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10500, duty: 0, importTax: 1995, total: 1995 },
    status: "action",
    // Only the per-importer §72 licence has a lead time, and it is a standing licence: nothing pending with a known time.
    leadTimeDays: null,
  },
  {
    // gb-export-controlled-home-office (per shipment, 14 days: 10 working days) is the UK form of the convention export
    // authorisation; us-dea-import-permit-357 the US form of the import certificate; us-import-imp-ind goes into
    // effect 30 days after FDA receives it (21 CFR 312.40), the longest lead time.
    // 2026-11-26 + 30 = 2026-12-26, after the 2026-12-05 ship date: tight.
    note: "Controlled IMP GB to US shipping 2026-12-05: the IND's 30 days (and the Home Office export licence's 14) make the date tight; DEA import permit (Form 357)",
    row: { origin: "GB", destination: "US", material: "imp", value: 10000, currency: "USD", controlledSubstance: true, shipDate: "2026-12-05" },
    exportPermits: ["gb-export-controlled-home-office"],
    importPermits: ["us-import-imp-ind", "us-dea-import-permit-357"],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 10000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["lead-time-tight", "extra-tariff-possible"],
    leadTimeDays: 30,
  },

  // ---------------------------------------------------- Dangerous goods / past dates
  {
    // dg-un1845-dry-ice from the temperature; UN2910 has no rule on file -> ask the carrier.
    note: "Samples IN to GB on dry ice with an unlisted UN number (UN2910): dry-ice rules plus 'check with the carrier'",
    row: { origin: "IN", destination: "GB", material: "samples", value: 400, currency: "GBP", temperature: "dry-ice", dangerousGoods: ["UN2910"] },
    exportPermits: ["in-export-samples-noc"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 420, duty: 0, importTax: 84, total: 84 },
    status: "action",
    issues: ["dangerous-goods", "dangerous-goods-not-covered"],
  },
  {
    // Ship date before the as-of date.
    note: "Lab kits GB to NL with a ship date in the past (2026-11-01): update the plan",
    row: { origin: "GB", destination: "NL", material: "lab-kit", value: 2000, currency: "EUR", shipDate: "2026-11-01" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    charges: { customsValue: 2100, duty: 0, importTax: 441, total: 441 },
    status: "action",
    issues: ["ship-date-past"],
  },

  // ---------------------------------------------------------- Uncovered countries
  {
    // Nigeria has no rules on file: nothing is invented on its side.
    note: "IMP GB to NG: Nigeria not covered, no Nigerian permit invented, charges unknown",
    row: { origin: "GB", destination: "NG", material: "imp", value: 10000, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["country-not-covered"],
  },
  {
    // Origin not covered: the UK side is still assessed (gb-import-samples-none, gb-ior-other, VAT 20%).
    note: "Samples NG to GB: Nigeria's export side not covered, UK import side assessed",
    row: { origin: "NG", destination: "GB", material: "samples", value: 500, currency: "GBP" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "not covered",
    charges: { customsValue: 525, duty: 0, importTax: 105, total: 105 },
    status: "action",
    issues: ["country-not-covered"],
  },
  // ---------------------------------------------------------------- tax bases and thresholds
  {
    // za-import-imp-sahpra-ct-s21 and za-import-sars-importer-registration; za-valuation FOB; za-duty-3003 0%;
    // za-import-tax 15% on customs value + duty + 10% of the customs value (SARS VAT FAQ, VAT Act s13).
    note: "IMP (HS 3003) US to ZA: VAT 15% on the FOB value plus duty plus the 10% uplift",
    row: { origin: "US", destination: "ZA", material: "imp", hsCode: "300390", value: 10000, currency: "ZAR" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["za-import-imp-sahpra-ct-s21", "za-import-sars-importer-registration"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 10000; duty 0; VAT 15% x (10000 + 0 + 1000) = 1650.
    charges: { customsValue: 10000, duty: 0, importTax: 1650, total: 1650 },
    status: "action",
  },
  {
    // au-duty-300215: the line 3002.15.10 is 5%, 3002.15.90 Free: estimated at 5% until the 8-digit line is known;
    // au-valuation FOB; au-import-tax 10% on customs value + duty + freight and insurance (estimated at 5% here).
    note: "Monoclonal antibody IMP (HS 3002 15) US to AU: duty 0-5% by national line, estimated at 5%, GST on top",
    row: { origin: "US", destination: "AU", material: "imp", hsCode: "300215", value: 10000, currency: "AUD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["au-import-imp-ctn-cta", "au-import-imp-bicon-declaration"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 10000; duty 5% = 500; GST 10% x (10000 + 500 + 500) = 1100.
    charges: { customsValue: 10000, duty: 500, importTax: 1100, total: 1600 },
    status: "action",
    issues: ["duty-rate-varies"],
  },
  {
    // au-valuation FOB; au-import-tax 10% of the value of the taxable importation = customs value + duty + international transport and insurance.
    note: "Device US to AU with freight and insurance in the row: duty on FOB, GST on FOB + duty + freight + insurance",
    row: { origin: "US", destination: "AU", material: "device", hsCode: "901890", value: 10000, freight: 400, insurance: 100, currency: "AUD" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["au-import-imp-ctn-cta"], // the CTN/CTA scheme rule covers IMPs and devices
    importer: "appoint",
    exporter: "appoint",
    // FOB 10000; au-duty-9018 0%; GST 10% x (10000 + 0 + 500) = 1050.
    charges: { customsValue: 10000, duty: 0, importTax: 1050, total: 1050 },
    status: "action",
    absent: ["duty-rate-not-covered"],
  },
  {
    // jp-de-minimis: customs value (CIF) of JPY 10,000 or less is free of duty and consumption tax (Japan Customs answer 1006); jp-valuation CIF.
    note: "IMP US to JP worth JPY 9,800: its CIF customs value (10,290) is over the JPY 10,000 threshold, so consumption tax is due",
    row: { origin: "US", destination: "JP", material: "imp", value: 9800, currency: "JPY" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 9800 + 5% = 10290; duty 0 (jp-duty-3004); tax 10% = 1029.
    charges: { customsValue: 10290, duty: 0, importTax: 1029, total: 1029 },
    status: "action",
    absent: ["de-minimis"],
  },
  {
    // fr-import-imp-ansm-attestation applies "including from other EEA states"; eu-membership: no customs border.
    note: "IMP DE to FR: no customs border, but the ANSM import attestation still applies inside the EU",
    row: { origin: "DE", destination: "FR", material: "imp", value: 5000, currency: "EUR" },
    exportPermits: [],
    importPermits: ["fr-import-imp-ansm-attestation"],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
    issues: ["customs-union-movement", "permit-required"],
  },
  {
    // pl-export-controlled-gif-export-permit ("wywóz albo wewnątrzwspólnotową dostawę": also intra-community supply);
    // de-import-narcotics-einfuhrgenehmigung (every entry into Germany).
    note: "Controlled IMP PL to DE: the Polish narcotics export permit and the German narcotics import permit apply inside the EU",
    row: { origin: "PL", destination: "DE", material: "imp", value: 900, currency: "EUR", controlledSubstance: true },
    exportPermits: ["pl-export-controlled-gif-export-permit"],
    importPermits: ["de-import-narcotics-einfuhrgenehmigung"],
    importer: "not needed",
    exporter: "not needed",
    charges: NONE,
    status: "action",
  },
  // ---------------------------------------------------------------- corrections
  {
    // ca-import-device-ita: MDR s. 80(2) requires the authorization for Class II-IV devices, s. 80(3) exempts Class I, so it is
    // listed as the usual case to confirm (permit-conditional, action); ca-ior-device: s. 83(1) names a manufacturer or importer
    // with no residency condition, so a foreign sponsor may act (CBSA non-resident importer); ca-valuation FOB; no Canadian rate
    // for 9018 in the rules; ca-import-gst 5%.
    note: "Investigational device US to CA: ITA needed unless the device is Class I, a foreign sponsor may be importer, GST 5% on FOB",
    row: { origin: "US", destination: "CA", material: "device", value: 5000, currency: "CAD" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["ca-import-device-ita"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 5000; duty not covered; GST 5% x 5000 = 250; total unknown.
    charges: { customsValue: 5000, duty: null, importTax: 250, total: null },
    status: "action",
    issues: ["permit-conditional", "duty-rate-not-covered"],
    absent: ["rules-not-covered"],
    leadTimeDays: 30,
  },
  {
    // ca-import-labkit-mdel: MDR s. 44(1) licence for anyone importing medical devices, except the s. 44(2) retailers, health care
    // facilities and manufacturers; a depot, CRO or central lab is not exempt, so it is the usual case to confirm (action).
    note: "Lab kits US to CA: the importer needs an MDEL unless it is a health care facility, listed to confirm",
    row: { origin: "US", destination: "CA", material: "lab-kit", value: 2000, currency: "CAD" },
    exportPermits: [],
    importPermits: ["ca-import-labkit-mdel"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 2000; no Canadian rate for 3822 in the rules; GST 5% = 100.
    charges: { customsValue: 2000, duty: null, importTax: 100, total: null },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered"],
  },
  {
    // tr-export-samples-moh-approval: the Medical Laboratories Regulation (Art. 34) was repealed by Resmî Gazete 33057 of
    // 24 Oct 2025; its successor's provision on samples abroad is unconfirmed, so the approval is listed to confirm (action),
    // not as a settled permit; de-import-samples-research; eu-valuation CIF; eu-duty-3002 0%; de-import-tax 19%.
    note: "Blood samples TR to a German lab: Turkish exit approval to confirm under the regulation that replaced the Medical Laboratories Regulation",
    row: { origin: "TR", destination: "DE", material: "samples", value: 500, currency: "EUR" },
    exportPermits: ["tr-export-samples-moh-approval"],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 500 + 5% = 525; 19% = 99.75.
    charges: { customsValue: 525, duty: 0, importTax: 99.75, total: 99.75 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["permit-required", "rules-not-covered"],
  },
  {
    // us-extra-section301-syringes-needles: +100% on China-origin 9018.31/9018.32 since 27 Sep 2024 (89 FR 76581); it depends on
    // the goods' origin, not the lane, so it is named, not added; us-duty-9018 Free for 9018.31; us-import-tax none;
    // us-import-ancillary-labkit-fda-device-requirements.
    note: "Syringes (HS 9018.31) shipped DE to US: MFN Free, the 100% Section 301 duty on China-origin syringes named for checking",
    row: { origin: "DE", destination: "US", material: "ancillary", value: 1000, currency: "USD", hsCode: "9018310090" },
    exportPermits: [],
    importPermits: ["us-import-ancillary-labkit-fda-device-requirements"],
    importer: "appoint",
    exporter: "appoint",
    // FOB 1000; duty 0; no federal import tax.
    charges: { customsValue: 1000, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["extra-tariff-possible"],
  },
  {
    // es-import-imp-aemps-085058: AEMPS Circular 1/2025, one annual application per investigational medicine instead of one per
    // shipment (and not one per trial); eu-import-imp-mia stays (Spain has no national form of it); ch-export-imp-swissmedic-
    // establishment-licence; es-import-tax-medicines-4 lists IMP: IVA 4%.
    note: "IMP CH to ES: the AEMPS import authorisation is one a year per investigational medicine, not one per trial",
    row: { origin: "CH", destination: "ES", material: "imp", value: 20000, currency: "EUR" },
    exportPermits: ["ch-export-imp-swissmedic-establishment-licence"],
    importPermits: ["eu-import-imp-mia", "es-import-imp-aemps-085058"],
    importer: "appoint",
    exporter: "appoint",
    // 20000 + 5% = 21000; duty 0; IVA 4% = 840.
    charges: { customsValue: 21000, duty: 0, importTax: 840, total: 840 },
    status: "action",
    scopes: { "es-import-imp-aemps-085058": "per-product" },
  },
  {
    // dg-un1845-dry-ice: by air the outer package carries the Class 9 hazard label even when the dry ice only cools
    // non-dangerous goods (NPAAC Appendix G; IATA DGR Q&A); us-export-ear99-nlr; gb-import-samples-none; gb-import-tax 20%.
    note: "Samples US to GB on dry ice: the dry-ice requirements include the Class 9 hazard label for air",
    row: { origin: "US", destination: "GB", material: "samples", value: 400, currency: "GBP", temperature: "dry-ice" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 400 + 5% = 420; 20% = 84.
    charges: { customsValue: 420, duty: 0, importTax: 84, total: 84 },
    status: "action",
    issues: ["dangerous-goods"],
    messages: ["Class 9 (miscellaneous dangerous goods) hazard label"],
  },
  {
    // eu-duty-3006 (all of 3006 at 0%) was replaced by sourced subheadings 3006 30, 3006 91 and 3006 93: a gel lubricant of
    // 3006 70 has no sourced EU rate, so duty is not estimated; eu-import-ancillary-ce-marked; de-import-tax 19%.
    note: "Gel lubricant (HS 3006 70) as ancillary supply US to DE: no sourced EU rate for 3006 70, duty not estimated, VAT 19%",
    row: { origin: "US", destination: "DE", material: "ancillary", value: 1000, currency: "EUR", hsCode: "30067000" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; duty unknown; 19% x 1050 = 199.5; total unknown.
    charges: { customsValue: 1050, duty: null, importTax: 199.5, total: null },
    status: "action",
    issues: ["duty-rate-not-covered"],
  },
  {
    // us-syria-ear: after the BIS rule of 2 Sep 2025 (90 FR 42315) EAR99 items go under License Exception SPP, but items on the
    // Commerce Control List still need a BIS licence; not a block (the OFAC programme ended, EO 14312); Syria has no rule file.
    note: "IMP US to Syria: not blocked, EAR99 items under License Exception SPP, a BIS licence still needed for Commerce Control List items",
    row: { origin: "US", destination: "SY", material: "imp", value: 1000, currency: "USD" },
    exportPermits: ["us-export-imp-fda"],
    importPermits: [],
    importer: "not covered",
    exporter: "appoint",
    charges: UNKNOWN,
    status: "action",
    issues: ["sanctions-general-licence", "country-not-covered"],
    absent: ["sanctions-blocked"],
    messages: ["items on the Commerce Control List still need a BIS export licence"],
  },
  {
    // gb-import-device-mhra-ci-notification: per trial, at least 60 days before the investigation starts; the exception
    // (device UKCA/CE marked for the purpose investigated) rarely holds for an investigational device, so it is a permit, not a
    // condition; gb-import-device-equipment-no-import-licence (OGIL); us-export-device-fda; no GB rate for 9018 in the rules;
    // gb-import-tax 20%.
    note: "Investigational device US to GB: MHRA clinical investigation notification (60 days) is a per-trial permit",
    row: { origin: "US", destination: "GB", material: "device", value: 5000, currency: "GBP" },
    exportPermits: ["us-export-device-fda"],
    importPermits: ["gb-import-device-mhra-ci-notification"],
    importer: "appoint",
    exporter: "appoint",
    // 5000 + 5% = 5250; duty not covered; 20% x 5250 = 1050.
    charges: { customsValue: 5250, duty: null, importTax: 1050, total: null },
    status: "action",
    issues: ["permit-required", "duty-rate-not-covered"],
    leadTimeDays: 60,
  },
  {
    // eu-import-equipment-fgas-registration: Reg. (EU) 2024/573 Arts 19-23, F-gas Portal registration as import licence, its
    // number on the customs declaration, HFC quota cover for pre-charged refrigeration equipment; only when the freezer holds
    // F-gases, so a condition (information); eu-import-equipment no longer claims "no licence" for such equipment;
    // eu-duty-8418 2.2%; nl-import-tax 21%.
    note: "Ultra-low freezer (HS 8418 50) US to NL: F-gas Portal registration named as the condition for HFC-charged equipment, duty 2.2%, btw 21%",
    row: { origin: "US", destination: "NL", material: "equipment", value: 8000, currency: "EUR", hsCode: "841850" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 8000 + 5% = 8400; duty 2.2% = 184.8; 21% x 8584.8 = 1802.808 -> 1802.81; total 1987.608 -> 1987.61.
    charges: { customsValue: 8400, duty: 184.8, importTax: 1802.81, total: 1987.61 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered"],
    messages: ["Registration as importer in the F-gas Portal"],
  },
  {
    // de-import-samples-ifsg-44-permit: § 44 IfSG permit for bringing pathogens into Germany, only when pathogens are shipped as
    // such (cultures, isolates), so a condition (information) beside de-import-samples-research; us-export-ear99-nlr;
    // eu-valuation CIF; eu-duty-3002 0%; de-import-tax 19%.
    note: "Samples US to a German lab: § 44 IfSG pathogen permit named as the condition for cultures or isolates, VAT 19%",
    row: { origin: "US", destination: "DE", material: "samples", value: 300, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 300 + 5% = 315; 19% = 59.85.
    charges: { customsValue: 315, duty: 0, importTax: 59.85, total: 59.85 },
    status: "action",
    issues: ["permit-conditional"],
    absent: ["rules-not-covered"],
    messages: ["Erlaubnis nach § 44 Infektionsschutzgesetz"],
  },
  {
    // it-export-samples-blood-diagnostic: DM 2 Dec 2016 Art. 13 frees blood, serum and plasma samples from prior authorisation;
    // it says nothing of other human material, so the row says where the answer stops (no-permit-needed, information);
    // eu-export-samples-dual-use only for listed pathogens; us-import-samples-noninfectious; us-duty-3002 Free; no US import tax.
    note: "Samples IT to a US lab: no Italian authorisation for blood, serum or plasma, other sample types named as not covered",
    row: { origin: "IT", destination: "US", material: "samples", value: 300, currency: "USD" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // FOB 300; duty 0; no federal import tax.
    charges: { customsValue: 300, duty: 0, importTax: 0, total: 0 },
    status: "action",
    issues: ["no-permit-needed"],
    absent: ["rules-not-covered"],
    messages: ["human blood, serum or plasma samples", "do not say what other human biological samples need"],
  },
  {
    // jp-import-imp-ctn: products used for tests in a notified trial (blood tubes, IVDs) clear at Customs on the sponsor's CTN,
    // so the CTN is listed for lab kits too; jp-import-imp-yunyu-kakunin only without a CTN; jp-valuation CIF; no Japanese rate
    // for 3822 in the rules; jp-import-tax 10%.
    note: "Lab kits US to JP: cleared on the sponsor's PMDA Clinical Trial Notification, listed as the per-trial requirement",
    row: { origin: "US", destination: "JP", material: "lab-kit", value: 100000, currency: "JPY" },
    exportPermits: [],
    importPermits: ["jp-import-imp-ctn"],
    importer: "appoint",
    exporter: "appoint",
    // 100,000 + 5% = 105,000; duty not covered; 10% x 105,000 = 10,500.
    charges: { customsValue: 105000, duty: null, importTax: 10500, total: null },
    status: "action",
    issues: ["permit-required"],
    absent: ["rules-not-covered"],
    scopes: { "jp-import-imp-ctn": "per-trial" },
  },
  {
    // eu-import-ancillary-ce-marked now answers only for CE-marked devices (onlyFor: no-permit-needed, information);
    // eu-import-ancillary-axmp-authorisation names the importer's authorisation (Directive 2001/83/EC Art. 40(3)) for
    // auxiliary medicinal products as the condition; no default heading for ancillaries, so no duty; fr-import-tax 20%.
    note: "Ancillary supplies US to FR: no permit for CE-marked devices, auxiliary medicinal products need the importer's authorisation",
    row: { origin: "US", destination: "FR", material: "ancillary", value: 1000, currency: "EUR" },
    exportPermits: [],
    importPermits: [],
    importer: "appoint",
    exporter: "appoint",
    // 1000 + 5% = 1050; duty unknown (no HS code, no default heading); 20% x 1050 = 210.
    charges: { customsValue: 1050, duty: null, importTax: 210, total: null },
    status: "action",
    issues: ["permit-conditional", "no-permit-needed", "hs-heading-unknown"],
    absent: ["rules-not-covered"],
    messages: ["auxiliary medicinal products"],
  },
];

const codes = (a: Assessment) => a.issues.map((entry) => entry.code);
const ids = (a: Assessment, direction: "import" | "export") =>
  a.permits
    .filter((permit) => permit.direction === direction)
    .map((permit) => permit.ruleId)
    .sort();

function expectRecordParty(a: Assessment, role: "importer" | "exporter", expected: RecordOutcome): void {
  const party = role === "importer" ? a.importerOfRecord : a.exporterOfRecord;
  const neededCode = role === "importer" ? "importer-of-record-needed" : "exporter-of-record-needed";
  if (expected === "appoint") {
    expect(party.party).toBeNull();
    expect(codes(a)).toContain(neededCode);
  } else if (expected === "not needed") {
    expect(party.party).toBeNull();
    expect(party.requirements.join(" ")).toContain("not needed");
  } else if (expected === "not covered") {
    expect(party.party).toBeNull();
    expect(party.requirements.join(" ")).toContain("not covered");
    expect(codes(a)).not.toContain(neededCode);
  } else {
    expect(party.party).toBe(expected.party);
    expect(codes(a)).not.toContain(neededCode);
  }
}

describe("scenarios against the embedded rules (as of 2026-11-26)", () => {
  it("has at least 45 scenarios covering every material type", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(45);
    const materials = new Set(scenarios.map((s) => s.row.material));
    expect([...materials].sort()).toEqual(["ancillary", "device", "equipment", "imp", "lab-kit", "samples"]);
  });

  it.each(scenarios)("$note", (scenario) => {
    const a = assess(shipment(scenario.row), context);

    expect(ids(a, "export")).toEqual([...scenario.exportPermits].sort());
    expect(ids(a, "import")).toEqual([...scenario.importPermits].sort());
    expectRecordParty(a, "importer", scenario.importer);
    expectRecordParty(a, "exporter", scenario.exporter);
    expect({ customsValue: a.charges.customsValue, duty: a.charges.duty, importTax: a.charges.importTax, total: a.charges.total }).toEqual(scenario.charges);
    expect(a.charges.currency).toBe(scenario.row.currency);
    expect(a.status).toBe(scenario.status);
    for (const code of scenario.issues ?? []) expect(codes(a)).toContain(code);
    for (const code of scenario.absent ?? []) expect(codes(a)).not.toContain(code);
    if (scenario.leadTimeDays !== undefined) expect(a.leadTimeDays).toBe(scenario.leadTimeDays);
    for (const words of scenario.messages ?? []) expect(a.issues.map((entry) => entry.message).join("\n")).toContain(words);
    for (const [ruleId, scope] of Object.entries(scenario.scopes ?? {})) expect({ ruleId, scope: a.permits.find((permit) => permit.ruleId === ruleId)?.scope }).toEqual({ ruleId, scope });
  });
});
