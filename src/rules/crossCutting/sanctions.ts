import type { z } from "zod";
import type { SanctionRuleSchema } from "../schema";

const R = "2026-11-26";

/**
 * Sanctions regimes that block, or put conditions on, clinical-trial shipments to a country or region.
 * Only regimes whose effect on medical/clinical shipments could be sourced are listed. EU measures on
 * Crimea/Sevastopol (Reg. 692/2014) and on the non-government-controlled areas of Donetsk, Kherson,
 * Luhansk and Zaporizhzhia (Reg. 2022/263) are import bans plus export bans on listed (Annex II) sector
 * goods, not a blanket export ban, so they are not modelled here as lane blocks. Syria: the US programme
 * ended on 1 July 2025 (EO 14312), so there is deliberately no US Syria entry.
 */
const sanctions: z.input<typeof SanctionRuleSchema>[] = [
  {
    id: "us-cuba-embargo",
    regime: "US embargo on Cuba: Export Administration Regulations, 15 CFR 746.2 (BIS), with OFAC's Cuban Assets Control Regulations (31 CFR 515)",
    appliesToOrigins: ["US"],
    destination: "CU",
    effect: "blocked",
    licence: "BIS export licence for Cuba (EAR 746.2), unless a licence exception listed in 746.2(a)(1) applies",
    conditions: [
      "A BIS licence is required to export or reexport to Cuba any item subject to the EAR, including EAR99 items, unless a licence exception listed in EAR 746.2(a)(1) applies.",
      "Licensing policy is general denial, but medicines and medical devices, sold or donated, are generally approved.",
      "Apply for the licence before shipping; build the BIS licensing time into the plan.",
    ],
    sources: [
      { title: "BIS – Cuba (export controls, licensing policy)", url: "https://www.bis.doc.gov/index.php/cuba?tmpl=component&print=1&page=", reviewed: R },
      { title: "BIS – Sanctioned Destinations: Cuba (archived)", url: "https://webarchive.library.unt.edu/web/20130216175539/http://beta-www.bis.doc.gov/index.php/policy-guidance/country-guidance/sanctioned-destinations/cuba", reviewed: R },
      { title: "Federal Register 66 FR 36683 – Exports of Agricultural Products, Medicines, and Medical Devices to Cuba, Sudan, Libya, and Iran (31 CFR 515, 538, 550, 560)", url: "https://casetext.com/federal-register/exports-of-agricultural-products-medicines-and-medical-devices-to-cuba-sudan-libya-and-iran-cuba-travel-related-transactions", reviewed: R },
    ],
  },
  {
    id: "us-iran-itsr-medical-gl",
    regime: "US OFAC Iranian Transactions and Sanctions Regulations (31 CFR 560); general licence at 560.530(a)(3)(i)",
    appliesToOrigins: ["US"],
    destination: "IR",
    effect: "general-licence",
    licence: "ITSR general licence for exports/reexports of medicine and medical devices, 31 CFR 560.530(a)(3)(i)",
    conditions: [
      "Medicine must be a 'drug' under section 201 of the FD&C Act and classified EAR99; medicines on the Commerce Control List (e.g. certain vaccines and immunotoxins) are not eligible.",
      "Medical devices must be a 'device' under section 201 of the FD&C Act, EAR99 (or would be if in the US), and not on OFAC's List of Medical Devices Requiring Specific Authorization (those need an OFAC specific licence).",
      "Not for military, intelligence or law-enforcement purchasers or importers, nor for persons blocked under any OFAC programme (except persons blocked solely under EO 13599 and the ITSR).",
      "Do due diligence on every party to the transaction, as for a specific licence.",
      "The general licence's payment-term and shipping-date conditions still apply (secondary source).",
      "Samples, lab kits that are not devices, non-device equipment and ancillary supplies are not covered: they need an OFAC specific licence.",
    ],
    materials: ["imp", "device"],
    sources: [
      { title: "OFAC FAQ 319 – Does the GL for medical devices authorize exports to all entities in Iran?", url: "https://ofac.treasury.gov/faqs/319", reviewed: R },
      { title: "Federal Register 81 FR 94254 (23 Dec 2016) – Iranian Transactions and Sanctions Regulations, final rule", url: "https://www.gpo.gov/fdsys/pkg/FR-2016-12-23/html/2016-30968.htm", reviewed: R },
      { title: "15 CFR 772.1 – definition of 'Medicines' (EAR)", url: "https://www.law.cornell.edu/definitions/index.php?width=840&height=800&iframe=true&def_id=78496e6eedc254ce1e60cd4f8af49920&term_occur=999&term_src=Title:15:Subtitle:B:Chapter:VII:Subchapter:C:Part:772:772.1", reviewed: R },
      { title: "Baker McKenzie Sanctions News – OFAC amends List of Medical Devices Requiring Specific Authorization (secondary source)", url: "https://sanctionsnews.bakermckenzie.com/?p=702", reviewed: R },
      { title: "Bass Berry – OFAC expands exports of medical devices to Iran (secondary source)", url: "https://www.bassberrygovcontrade.com/category/sanctions-ofac/page/9", reviewed: R },
    ],
  },
  {
    id: "us-north-korea-embargo",
    regime: "US sanctions on North Korea: EO 13722 and OFAC North Korea Sanctions Regulations (31 CFR 510); EAR 746.4 (BIS)",
    appliesToOrigins: ["US"],
    destination: "KP",
    effect: "blocked",
    licence: "BIS licence (EAR 746.4) where required, plus OFAC authorisation under 31 CFR 510 (general or specific licence)",
    conditions: [
      "EO 13722 prohibits the export or reexport of any goods, services or technology to North Korea from the US or by a US person.",
      "BIS requires a licence for all items subject to the EAR other than food or medicine designated EAR99; humanitarian items are among those BIS reviews favourably.",
      "Since 16 Feb 2024 OFAC general licences cover transactions ordinarily incident to exports that BIS has licensed or otherwise authorised, and certain agricultural commodities, medicine and medical devices not subject to the EAR; check their terms before treating the lane as open.",
    ],
    sources: [
      { title: "BIS – North Korea Export Controls", url: "https://bis.gov/node/6325", reviewed: R },
      { title: "OFAC FAQ 459 – EO 13722 and BIS regulations", url: "https://ofac.treasury.gov/faqs/459", reviewed: R },
      { title: "Federal Register 89 FR 12233 (16 Feb 2024) – North Korea Sanctions Regulations", url: "https://regulations.vlex.com/vid/north-korea-sanctions-regulations-1026888477", reviewed: R },
      { title: "OFAC Modifies, Adds New General Licenses for North Korea Sanctions (secondary source)", url: "https://communicationslitigationtoday.com/article/2024/02/16/ofac-modifies-adds-new-general-licenses-for-north-korea-sanctions-2402150022?BC=bc_6742d9863c536", reviewed: R },
    ],
  },
  {
    id: "us-crimea-embargo",
    regime: "US embargo on the Crimea region of Ukraine: EO 13685 (OFAC) and EAR licence requirement (BIS)",
    appliesToOrigins: ["US"],
    destination: "UA",
    regions: ["UA-43", "UA-40"],
    effect: "general-licence",
    licence: "OFAC Ukraine-related General License No. 4 (agricultural commodities, medicine, medical supplies, replacement parts)",
    conditions: [
      "EO 13685 prohibits exports of any goods, services or technology to Crimea from the US or by a US person.",
      "OFAC General License No. 4 authorises exports of certain medicine and medical supplies; its conditions resemble those of the Iran medical general licence (secondary source).",
      "BIS: a licence is required for all items subject to the EAR except food and medicine designated EAR99; applications for items covered by General License No. 4 (e.g. medical supplies) are reviewed case by case, others face a presumption of denial.",
      "Medicine shipped without a BIS licence must be EAR99.",
      "Devices, lab kits, samples, equipment and ancillary supplies therefore need a BIS licence before shipping, and OFAC authorisation (General License No. 4 may cover medical supplies; otherwise a specific licence).",
    ],
    materials: ["imp"],
    sources: [
      { title: "Federal Register 80 FR 4776 (29 Jan 2015) – BIS, Russian Sanctions: Licensing Policy for the Crimea Region of Ukraine", url: "https://www.gpo.gov/fdsys/pkg/FR-2015-01-29/html/2015-01638.htm", reviewed: R },
      { title: "Baker McKenzie – U.S. Government Imposes Comprehensive Sanctions Against Crimea (secondary source)", url: "https://sanctionsnews.bakermckenzie.com/u-s-government-imposes-comprehensive-sanctions-against-crimea/", reviewed: R },
      { title: "National Law Review – US Imposes Sweeping Sanctions on Crimea (secondary source)", url: "https://natlawreview.com/article/us-imposes-sweeping-sanctions-crimea", reviewed: R },
      { title: "Sanctions update: export licensing policy for the Crimea region (BIS rule of 29 Jan 2015) (secondary source)", url: "https://globaltradeandsanctionslaw.com/amp/sanctions-update-export-licensing-policy-for-the-crimea-region", reviewed: R },
    ],
  },
  {
    id: "us-dnr-lnr-embargo",
    regime: "US embargo on the so-called DNR and LNR regions of Ukraine (EO 14065 of 21 Feb 2022)",
    appliesToOrigins: ["US"],
    destination: "UA",
    regions: ["UA-14", "UA-09"],
    effect: "blocked",
    licence: "OFAC authorisation under EO 14065 (an applicable general licence or a specific licence)",
    conditions: [
      "EO 14065 prohibits exports of any goods, services or technology to the covered regions from the US or by a US person, and US-person facilitation of such exports by others.",
      "The covered regions are the so-called DNR and LNR (parts of Donetsk and Luhansk oblasts), plus any region Treasury later adds.",
      "OFAC published general licences under this programme (GLs 17–25, 2022); check whether one covers the shipment before treating the lane as closed.",
    ],
    sources: [
      { title: "Cassidy Levy Kent – U.S. Imposes Sanctions (EO 14065) (secondary source)", url: "https://cassidylevy.com/news/u-s-imposes-sanctions-in-response-to-russian-efforts-to-undermine-the-sovereignty-and-territorial-integrity-of-ukraine", reviewed: R },
      { title: "Federal Register 87 FR 47621 – Publication of Ukraine-/Russia-Related Web General Licenses 17–25", url: "https://regulations.justia.com/regulations/fedreg/2022/08/04/2022-16667.html", reviewed: R },
      { title: "Nixon Peabody – What the new US embargo against the breakaway regions in Ukraine means for exporters (secondary source)", url: "https://nixonpeabody.com/insights/alerts/2022/02/22/what-the-new-us-embargo-against-the-breakaway-regions-in-ukraine-means-for-exporters", reviewed: R },
    ],
  },
  {
    id: "us-russia-gl-6c",
    regime: "US OFAC Russian Harmful Foreign Activities Sanctions Regulations (31 CFR 587); General License No. 6C",
    appliesToOrigins: ["US"],
    destination: "RU",
    effect: "general-licence",
    licence: "OFAC General License No. 6C (agricultural commodities, medicine, medical devices; clinical trials and other medical research), or any later version OFAC has issued",
    conditions: [
      "Russia is not under a US comprehensive embargo; medicine and medical trade are not targets of the sanctions. The GL 6 series matters where a blocked (SDN) party is involved.",
      "GL 6B (14 Jul 2022, replacing GLs 6 and 6A) authorised transactions ordinarily incident and necessary to exporting medicine, medical devices, device replacement parts and software updates, and to clinical trials and other medical research, and dropped GL 6A's condition that trials be in effect before 24 Mar 2022. GL 6B was itself replaced by GL 6C on 17 Jan 2023, which adds 'provision' of these goods to the authorised activities (secondary source). Check OFAC's website for the version currently in force before relying on it.",
      "Not covered: correspondent or payable-through accounts for Directive 2 entities, and transactions prohibited by EOs 14066, 14068 and 14071.",
      "The GL is an OFAC authorisation only; check export-control (EAR) licensing for the item separately.",
    ],
    sources: [
      { title: "Federal Register 87 FR 50570 – Publication of RuHSR Web General Licenses 6, 6A, 6B, 25C, 30A and 44", url: "https://regulations.justia.com/regulations/fedreg/2022/08/17/2022-17646.html", reviewed: R },
      { title: "Thompson Hine SmartTrade – Treasury releases amended General License 6B (secondary source)", url: "https://www.thompsonhinesmartrade.com/2022/07/department-of-treasury-releases-amended-general-license-6b-and-a-new-fact-sheet-on-agricultural-trade-with-russia/", reviewed: R },
      { title: "Thompson Hine SmartTrade – OFAC amends several Russia-related general licenses (GL 6C of 17 Jan 2023 replaces GL 6B) (secondary source)", url: "https://www.thompsonhinesmartrade.com/2023/01/ofac-amends-several-russia-related-general-licenses/", reviewed: R },
    ],
  },
];

export default sanctions;
