import type { z } from "zod";
import type { SanctionRuleSchema } from "../legacyRuleModules";

const R = "2026-11-26";

/**
 * Sanctions regimes that block, or put conditions on, clinical-trial shipments to a country or region.
 * Only regimes whose effect on medical/clinical shipments could be sourced are listed. EU measures on
 * Crimea/Sevastopol (Reg. 692/2014) and on the non-government-controlled areas of Donetsk, Kherson,
 * Luhansk and Zaporizhzhia (Reg. 2022/263) are import bans plus export bans on listed (Annex II) sector
 * goods, not a blanket export ban, so they are not modelled here as lane blocks. The UN Security Council DPRK
 * resolutions ban listed goods (e.g. HS 84–85 machinery), not medicines, so they have no entry binding every origin. Syria: the US sanctions
 * programme ended on 1 July 2025 (EO 14312), so nothing blocks the lane; but BIS kept a licence requirement for Syria: after its rule of
 * 2 September 2025 EAR99 items go under License Exception SPP while items on the Commerce Control List still need a BIS licence,
 * hence the us-syria-ear entry.
 */
const sanctions: z.input<typeof SanctionRuleSchema>[] = [
  {
    id: "us-syria-ear",
    regime: "US Export Administration Regulations for Syria (15 CFR 746.9), as relaxed by the BIS final rule of 2 September 2025 (90 FR 42315) after EO 14312 ended the US sanctions programme",
    appliesToOrigins: ["US"],
    destination: "SY",
    effect: "general-licence",
    licence: "License Exception SPP (Syria Peace and Prosperity) for EAR99 items; a BIS licence for items on the Commerce Control List",
    conditions: [
      "Items designated EAR99 may be exported or reexported to Syria under License Exception SPP, unless they go to a restricted party or for a restricted end use.",
      "BIS kept its licence requirement for Syria: items on the Commerce Control List still need a BIS export licence (reviewed more favourably since September 2025, case by case for other dual-use items), unless another licence exception now open to Syria applies.",
      "Check each item's classification before shipping: medicines and most trial supplies are EAR99, but some laboratory equipment and samples containing listed pathogens are on the Commerce Control List.",
      "Parties linked to the former Assad government and others still designated remain restricted: screen the consignee and end user.",
    ],
    sources: [
      { title: "BIS final rule: Relaxing Export Controls for Syria (Federal Register 2025-16724, 90 FR 42315, effective 2 September 2025)", url: "https://lexbuild.dev/fr/2025/09/2025-16724", reviewed: "2026-12-06" },
      { title: "Wilson Sonsini (JD Supra): BIS implements new changes to Syria export control regulations, licence requirements kept for all items subject to the EAR, License Exception SPP for EAR99 (secondary source)", url: "https://production.jdsupra.com/legalnews/bis-implements-new-changes-to-syria-2739702", reviewed: "2026-12-06" },
      { title: "Fenwick: BIS issues rule relaxing export controls on Syria, authorizing EAR99 items and expanding license exceptions (secondary source)", url: "https://www.fenwick.com/insights/publications/bis-issues-rule-relaxing-export-controls-on-syria-authorizing-ear99-items-and-expanding-license-exceptions", reviewed: "2026-12-06" },
    ],
  },
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
  {
    id: "jp-north-korea-export-ban",
    regime: "Japan's total export ban on North Korea: Foreign Exchange and Foreign Trade Act (FEFTA) Art. 48(3), under Cabinet decisions on measures against North Korea",
    appliesToOrigins: ["JP"],
    destination: "KP",
    effect: "blocked",
    licence: "Export approval from the Minister of Economy, Trade and Industry (METI) under FEFTA Art. 48(3); the ban works by withholding this approval, except in cases treated as humanitarian",
    conditions: [
      "Every good destined for North Korea needs METI's export approval, and the approval requirement is how the export ban is imposed; exports routed through a third country are banned too.",
      "Intermediary trade (sale, lease or donation of goods moving between North Korea and a third country) is also prohibited (FEFTA Art. 25(6)).",
      "METI's 2017 and 2019 notices state that cases falling under humanitarian purposes are treated as exceptions to the ban; reports of the 2025 extension say the same (secondary source). Ask METI before planning any shipment.",
      "The current period runs from 14 Apr 2025 to 13 Apr 2027; the Cabinet has extended the ban at each expiry since 2009.",
    ],
    sources: [
      { title: "JSIA – 外国為替及び外国貿易法に基づく北朝鮮輸出入禁止措置 (METI notice on the continued ban, 14 Apr 2025 – 13 Apr 2027)", url: "https://jsia.or.jp/info/%E5%A4%96%E5%9B%BD%E7%82%BA%E6%9B%BF%E5%8F%8A%E3%81%B3%E5%A4%96%E5%9B%BD%E8%B2%BF%E6%98%93%E6%B3%95%E3%81%AB%E5%9F%BA%E3%81%A5%E3%81%8F%E5%8C%97%E6%9C%9D%E9%AE%AE%E8%BC%B8%E5%87%BA%E5%87%BA%E5%85%A5", reviewed: R },
      { title: "経済産業省 – 北朝鮮を仕向地とする全ての貨物の輸出禁止等の措置 (METI notice of 9 Apr 2019, reproduced)", url: "https://www.gov-base.info/2019/04/09/26895", reviewed: R },
      { title: "宮城県中小企業団体中央会 – 外為法に基づく対北朝鮮輸出入禁止措置の延長について (2017 extension, reproducing the METI notice)", url: "https://www.chuokai-miyagi.or.jp/osirase/osirase_pickup_bk.asp?reqno=1428", reviewed: R },
      { title: "日本関税協会 – 輸出の承認 (export approval required for exports to North Korea)", url: "https://finance.iglossary.net/post-49120", reviewed: R },
      { title: "Japan Trade Compliance – Japan extends ban on all trades with North Korea (secondary source)", url: "https://japantradecompliance.blogspot.com/2011/04/japan-extend-ban-on-all-trades-north.html", reviewed: R },
      { title: "MENAFN/KUNA – Japan Extends Sanctions Against N. Korea By Two Years (8 Apr 2025) (secondary source)", url: "https://menafn.com/1109404156/Japan-Extends-Sanctions-Against-N-Korea-By-Two-Years", reviewed: R },
    ],
  },
  {
    id: "ca-north-korea-export-ban",
    regime: "Canadian sanctions on North Korea: Area Control List (Export and Import Permits Act) and Special Economic Measures (Democratic People's Republic of Korea) Regulations, SOR/2011-167",
    appliesToOrigins: ["CA"],
    destination: "KP",
    effect: "blocked",
    licence: "Export permit from Global Affairs Canada under the Export and Import Permits Act, and an exception under section 10 of the Special Economic Measures (DPRK) Regulations",
    conditions: [
      "North Korea has been on the Area Control List since 2010: exporting any goods or technology to it needs an export permit.",
      "Permit applications are reviewed case by case. Permits are generally issued for goods that respond to humanitarian needs, which may include medicine and medical supplies; other applications are generally denied.",
      "Section 2 of the Special Economic Measures (DPRK) Regulations prohibits any person in Canada, and any Canadian abroad, from exporting, selling, supplying or shipping any goods to North Korea or to any person there, subject only to the exceptions in section 10 of those Regulations.",
      "Separately, the UN-based Regulations (SOR/2006-287, s. 8) ban supplying HS chapter 84 and 85 machinery and electrical equipment (e.g. freezers, centrifuges) and HS 72–83 metal articles to North Korea.",
    ],
    sources: [
      { title: "Global Affairs Canada – Notice to Exporters No. 172: Export Controls to the Democratic People's Republic of Korea", url: "https://www.international.gc.ca/controls-controles/systems-systemes/excol-ceed/notices-avis/172.aspx?lang=eng", reviewed: R },
      { title: "Special Economic Measures (Democratic People's Republic of Korea) Regulations, SOR/2011-167", url: "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2011-167/20190304/P1TT3xt3.html", reviewed: R },
      { title: "Regulations Implementing the United Nations Resolutions on the DPRK, SOR/2006-287, s. 8", url: "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2006-287/section-8-20200601.html", reviewed: R },
      { title: "Mondaq – Canada Imposes Very Strict/Limiting Export Controls And Economic Sanctions Against North Korea (secondary source)", url: "https://www.mondaq.com/canada/x/608190/Export+controls+Trade+Investment+Sanctions/Canada+Imposes+Very+StrictLimiting", reviewed: R },
    ],
  },
  {
    id: "au-north-korea-permit",
    regime: "Australian sanctions on North Korea: Charter of the United Nations (Sanctions – DPRK) Regulations 2008 and the Autonomous Sanctions Regulations 2011 (DFAT)",
    appliesToOrigins: ["AU"],
    destination: "KP",
    effect: "general-licence",
    licence: "the exemption of medicine from the sanctions-permit requirement (every other good needs a sanctions permit from the Minister for Foreign Affairs, applied for through DFAT's Online Sanctions Administration System)",
    conditions: [
      "Australian law prohibits exporting to North Korea, without a sanctions permit, any item that is not an 'export sanctioned good', food or medicine. Medicine is therefore outside the permit requirement; whether a placebo counts as medicine is not stated.",
      "For other items the Minister may grant a permit if satisfied that the item could not directly contribute to the operational capabilities of North Korea's armed forces (or of a member state's armed forces outside North Korea).",
      "'Export sanctioned goods' include all goods in HS chapters 72 to 89, which covers HS 84–85 lab equipment such as freezers and centrifuges, plus arms and luxury goods. Apart from aviation fuel, no permit can be granted for them.",
    ],
    materials: ["imp"],
    sources: [
      { title: "DFAT – North Korea sanctions: restrictions on the export or supply of goods", url: "https://dfat.gov.au/international-relations/security/sanctions/sanctions-regimes/north-korea/Pages/restrictions-export-supply.aspx", reviewed: R },
      { title: "DFAT – Restrictions on the export or supply of goods (copy of the DFAT page, Dec 2018, listing the export sanctioned goods)", url: "https://pan-asian.blogspot.com/2018/12/restrictions-on-export-or-supply-of.html", reviewed: R },
    ],
  },
  {
    id: "kr-inter-korean-trade-approval",
    regime: "South Korea: Inter-Korean Exchange and Cooperation Act (approval of taking goods out to North Korea) and the 24 May 2010 measures",
    appliesToOrigins: ["KR"],
    destination: "KP",
    effect: "blocked",
    licence: "Prior approval from the Minister of Unification for taking the goods out to North Korea (Inter-Korean Exchange and Cooperation Act)",
    conditions: [
      "Under the Act, moving goods between South and North Korea for sale, exchange, lease, loan, donation or use, including simply via a third country, is 'taking out or bringing in'.",
      "Since June 2010 every item taken out to or brought in from North Korea needs the Minister of Unification's prior approval (secondary source).",
      "The 24 May 2010 measures suspended inter-Korean trade and aid except humanitarian assistance, but the Ministry of Unification stated in May 2020 and again in May 2021 that they had largely lost their effectiveness (secondary source); the Minister's approval under the Act is still required for each taking-out. Check the current policy with the Ministry of Unification.",
      "UN Security Council sanctions on North Korea apply as well.",
    ],
    sources: [
      { title: "Hankyung, 24 May 2021: the Ministry of Unification on the 24 May 2010 measures (secondary source)", url: "https://www.hankyung.com/politics/article/202105241929Y", reviewed: R },
      { title: "Korea Legislation Research Institute – Inter-Korean Exchange and Cooperation Act (English translation)", url: "https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=55233&type=part&key=1", reviewed: R },
      { title: "동아일보 – 남북간 모든 반입·반출 품목 통일부 장관 사전 승인 대상 (11 Jun 2010) (secondary source)", url: "https://www.donga.com/news/amp/all/20100611/29037452/1", reviewed: R },
      { title: "Ministry of Unification white paper chapter '02 Inter-Korean Exchanges and Cooperation' (copy) (secondary source)", url: "https://lawsdocbox.com/Immigration/113228412-02-inter-korean-exchanges-and-cooperation.html", reviewed: R },
    ],
  },
];

export default sanctions;
