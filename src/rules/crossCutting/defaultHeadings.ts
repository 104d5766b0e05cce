import type { z } from "zod";
import type { DefaultHeadingSchema } from "../legacyRuleModules";

const R = "2026-11-26";

/** The usual HS heading for each material type, used (and shown as an assumption) when a plan row gives none. */
const defaultHeadings: z.input<typeof DefaultHeadingSchema>[] = [
  {
    material: "imp",
    heading: "3004",
    description:
      "Medicaments put up in measured doses or in forms or packings for retail sale (heading 3004). HMRC classified an IMP vial (single patient dose) for clinical trials here. Biologics, vaccines, blood products and cell therapies fall in heading 3002 instead, and bulk medicaments not in measured doses in 3003: give the HS code on the row for those.",
    sources: [
      { title: "HMRC Advance Tariff Ruling 600013517 – radiopharmaceutical single-patient dose for clinical trials, 3004900000", url: "https://www.tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600013517", reviewed: R },
      { title: "WCO Harmonized System 2017 – Chapter 30 notes and heading 30.04", url: "https://www.wcotradetools.org/en/harmonized-system/2017/en/063004", reviewed: R },
      { title: "Japan Customs tariff (HS headings 30.02–30.04), via eToolsage (secondary source)", url: "https://etoolsage.com/Query/JPHS.asp?HTS=ng&action=ScollDown&pageNo=42", reviewed: R },
    ],
  },
  {
    material: "device",
    heading: "9018",
    description:
      "Instruments and appliances used in medical, surgical, dental or veterinary sciences (heading 9018). Some devices fall elsewhere (e.g. orthopaedic appliances, hearing aids and pacemakers in 9021, X-ray apparatus in 9022): give the HS code on the row for those.",
    sources: [
      { title: "HMRC Advance Tariff Ruling 600011374 – surgical instruments, heading 9018", url: "https://www.tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600011374", reviewed: R },
      { title: "HMRC Advance Tariff Ruling 600008010 – medical positioning device, heading 9018", url: "https://www.tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600008010", reviewed: R },
      { title: "Japan Customs tariff (HS headings 90.21–90.22), via eToolsage (secondary source)", url: "https://etoolsage.com/Query/JPHS.asp?HTS=ng&action=ScollDown&pageNo=161", reviewed: R },
    ],
  },
  {
    material: "lab-kit",
    heading: "3822",
    description:
      "Diagnostic or laboratory reagents on a backing and prepared diagnostic or laboratory reagents, whether or not put up as kits (heading 3822).",
    sources: [
      { title: "HMRC Advance Tariff Ruling 600012648 – calibrator set for laboratory diagnostics, 3822190090", url: "https://www.tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600012648", reviewed: R },
      { title: "HMRC Advance Tariff Ruling 600012649 – diagnostic control reagent, heading 3822", url: "https://www.tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600012649", reviewed: R },
    ],
  },
  {
    material: "samples",
    heading: "3002",
    description:
      "Human blood and blood fractions (heading 3002 covers human blood, antisera and other blood fractions). HMRC classified blood-cell samples (PBMCs) for clinical trials and diagnostic testing in 3002.12. Human tissue specimens are classified differently: US CBP puts them in 0511.99 (animal products n.e.s.); give the HS code on the row for tissue, urine or other non-blood samples.",
    sources: [
      { title: "HMRC Advance Tariff Ruling 600011309 – peripheral blood mononuclear cell samples for clinical trials, heading 3002 (300212)", url: "https://tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600011309", reviewed: R },
      { title: "CBP ruling NY N345805 – human tissue specimens for therapeutic clinical trials, 0511.99.4070", url: "https://checkoutapi.com/rulings/docview?doc_id=NY+N345805&highlight=0511%2A", reviewed: R },
    ],
  },
  {
    material: "equipment",
    heading: "9027",
    description:
      "Instruments and apparatus for physical or chemical analysis (heading 9027), e.g. laboratory analysers. Medical equipment used on patients is in 9018 and X-ray based analysers are in 9022; other lab equipment (e.g. fridges, freezers, centrifuges) has its own headings: give the HS code on the row for those.",
    sources: [
      { title: "MSA Britain Ltd v HMRC [2019] UKFTT 693 (TC) – portable gas analysers classified in heading 9027", url: "https://beta.bailii.org/uk/cases/UKFTT/TC/2019/TC07466.html", reviewed: R },
      { title: "HMRC Advance Tariff Ruling 600006554 – X-ray benchtop spectrometer classified in 9022, not 9027", url: "https://www.tax.service.gov.uk/search-for-advance-tariff-rulings/ruling/600006554", reviewed: R },
    ],
  },
];

export default defaultHeadings;
