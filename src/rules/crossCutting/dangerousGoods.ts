import type { z } from "zod";
import type { DangerousGoodsRuleSchema } from "../legacyRuleModules";

const R = "2026-11-26";

const iataDgrDocs = {
  title: "IATA Dangerous Goods Regulations, 8.0.1.2 – articles and substances that need no Shipper's Declaration (copy of the 54th edition)",
  url: "https://1library.net/article/shipper-s-declaration-for-dangerous-goods.qme3x64z",
  reviewed: R,
};

/** Requirements added by dangerous-goods classes common in clinical-trial shipments (air rules unless stated). */
const dangerousGoods: z.input<typeof DangerousGoodsRuleSchema>[] = [
  {
    id: "dg-un1845-dry-ice",
    un: "UN1845",
    name: "Dry ice (Carbon dioxide, solid), Class 9 – IATA Packing Instruction 954 / 49 CFR 173.217",
    requirements: [
      "Use packaging that lets carbon dioxide gas escape, so pressure cannot build up and rupture it.",
      "Mark the outer package with the net mass of dry ice, in addition to the marks that 49 CFR 172 subpart D requires (proper shipping name 'Dry ice' or 'Carbon dioxide, solid', and UN 1845).",
      "By air, also when the dry ice only cools non-dangerous goods, put the Class 9 (miscellaneous dangerous goods) hazard label on the outer package, beside the UN 1845 mark and the net mass.",
      "Arrange each shipment with the airline (operator) in advance.",
      "When dry ice only cools non-dangerous goods, no Shipper's Declaration is needed; instead give, on the air waybill or other written documentation: 'Dry ice' (or 'Carbon dioxide, solid'), class 9, UN 1845, the number of packages and the net quantity of dry ice in each.",
      "If the dry ice cools other dangerous goods (e.g. UN3373 or UN2814), include it on the Shipper's Declaration where one is required.",
      "By road in Europe dry ice is not subject to ADR (secondary source).",
    ],
    sources: [
      { title: "49 CFR 173.217 – Carbon dioxide, solid (dry ice)", url: "https://www.law.cornell.edu/cfr/text/49/173.217", reviewed: R },
      iataDgrDocs,
      { title: "Australian Government, NPAAC: Requirements for the Packaging and Transport of Pathology Specimens, Appendix G, Transporting dry ice by air (22 October 2012): outer packaging labelled with the Class 9 miscellaneous hazard label", url: "https://www6.health.gov.au/internet/publications/publishing.nsf/Content/npaac-pub-transp-path-spec-drft~transp-appendg", reviewed: "2026-12-06" },
      { title: "Air Transport Tozai: dangerous goods Q&A, dry ice as refrigerant for non-dangerous goods needs the Class 9 label (IATA DGR) (secondary source)", url: "https://airtransport-tozai.com/dg_eng/Q&A-Detail_eng.php?idn=1369708781", reviewed: "2026-12-06" },
      { title: "Universität Tübingen – Verpackung für gekühltes Material mit Trockeneis (secondary source)", url: "https://uni-tuebingen.de/es/einrichtungen/personalvertretungen-beratung-beauftragte/arbeits-gesundheits-und-umweltschutz/biologische-sicherheit/transport-von-biologischem-material/verpackung-fuer-gekuehltes-material-mit-trockeneis", reviewed: R },
    ],
  },
  {
    id: "dg-un3373-category-b",
    un: "UN3373",
    name: "Biological Substance, Category B (Division 6.2) – IATA Packing Instruction 650 / 49 CFR 173.199",
    requirements: [
      "Use triple packaging: a leakproof primary receptacle, a leakproof secondary packaging and a rigid outer packaging.",
      "For liquids, keep each primary receptacle to 1 L or less and put enough absorbent material between primary and secondary packaging to absorb the entire contents.",
      "Mark the outer package with the UN3373 diamond (at least 50 mm × 50 mm, characters at least 6 mm high) and the words 'Biological Substance, Category B' next to it.",
      "Give the name, address and telephone number of a person knowledgeable about the shipment, on the package or on a document.",
      "No Shipper's Declaration for Dangerous Goods is needed.",
      "For liquids, add orientation arrows on two opposite sides (not required when primary receptacles hold less than 50 mL).",
      "With dry ice or liquid nitrogen, use primary and secondary packaging that withstand the refrigerant's temperature, and also meet the UN1845 or nitrogen rules.",
    ],
    sources: [
      { title: "UNH New Hampshire Veterinary Diagnostic Laboratory – Shipping supplies (49 CFR 173.199, IATA 3.6.2) (secondary source)", url: "https://colsa.unh.edu/new-hampshire-veterinary-diagnostic-laboratory/shipping-supplies", reviewed: R },
      { title: "Mercury – Instructions for Shipments Containing Biological Substance Category B, UN 3373 (secondary source)", url: "https://learn.shipmercury.com/biological-substance-category-b", reviewed: R },
      { title: "Radboud University – Packaging and shipping of dangerous goods (P650) (secondary source)", url: "https://www.ru.nl/en/staff/services/campus-facilities-buildings/safety-and-emergencies/packaging-and-shipping-of-dangerous-goods", reviewed: R },
      iataDgrDocs,
    ],
  },
  {
    id: "dg-exempt-human-specimen",
    un: "exempt-specimen",
    name: "Exempt human specimen (minimal likelihood that pathogens are present)",
    requirements: [
      "Use this only when professional judgement (medical history, symptoms, local conditions) says there is minimal likelihood that pathogens are present; otherwise ship as UN3373 or UN2814.",
      "Use triple packaging: a leak-proof primary receptacle, a leak-proof secondary packaging, and an outer packaging of adequate strength with at least one surface of 100 mm × 100 mm or more.",
      "For liquids, put enough absorbent material between primary and secondary packaging to absorb the entire contents; wrap or separate multiple fragile primary receptacles.",
      "Mark the outer package 'Exempt human specimen'.",
      "Place ice, ice packs or dry ice between the secondary and the outer packaging; with dry ice, the outer packaging must let gas escape and the dry-ice (UN1845) rules apply.",
      "Check preservatives: formaldehyde or ethanol above threshold concentrations can make the shipment regulated (secondary source).",
      "The US DOT has no 'exempt specimen' class; the marking tells carriers the package holds no infectious substance (secondary source).",
    ],
    sources: [
      { title: "Cornell EHS – Exempt Animal or Human Specimens", url: "https://ehs.cornell.edu/shipping-and-transportation/hazardous-materials-shipping/biological-materials/exempt-animal-or", reviewed: R },
      { title: "University of Illinois Division of Research Safety – Patient specimens: packaging", url: "https://drs.illinois.edu/Page/PatientSpecimens-Packaging", reviewed: R },
      { title: "LabCE – IATA and US Postal Service Exempt Specimens (secondary source)", url: "https://labce.com/spg1796846_iata_and_us_postal_service_exempt_specimens.aspx", reviewed: R },
    ],
  },
  {
    id: "dg-un3245-gmmo",
    un: "UN3245",
    name: "Genetically modified micro-organisms (Class 9) – IATA Packing Instruction 959 / ADR P904",
    requirements: [
      "Use UN3245 only for GMMOs that are not infectious or toxic; infectious GMMOs go under UN2814, UN2900 or UN3373.",
      "GMMOs authorised for use by the competent authorities of the countries of origin, transit and destination are not subject to dangerous-goods rules; keep evidence of those authorisations.",
      "Use triple packaging: primary receptacle and secondary packaging (one of them leakproof for liquids, siftproof for solids) and an outer packaging with at least one dimension of 100 mm.",
      "For liquids, put enough absorbent material between primary and secondary packaging to absorb the entire contents.",
      "Mark the UN 3245 diamond (at least 50 mm × 50 mm, number at least 6 mm high) and the names and addresses of consignor and consignee; by air also mark 'UN 3245, Genetically modified micro-organisms' and the phone number of a responsible person.",
      "No Shipper's Declaration for Dangerous Goods is needed; packages packed and marked under PI 959 / P904 are not subject to other ADR or IATA requirements. If dry ice is the coolant, also mark 'Carbon dioxide, solid'.",
    ],
    sources: [
      { title: "Swiss Federal Expert Committee for Biosafety (EFBS) – Transport sheet: Genetically modified microorganisms", url: "https://www.efbs.admin.ch/en/topics/transport/transport-sheets/genetically-modified-microorganisms", reviewed: R },
      { title: "UN3373.com – Genetically modified microorganisms (GMMOs) and organisms (GMOs), UN 3245 (secondary source)", url: "https://www.un3373.com/un3373-packaging/un3245", reviewed: R },
      iataDgrDocs,
    ],
  },
  {
    id: "dg-ln2-dry-shipper",
    un: "ln2-dry-shipper",
    name: "Liquid nitrogen dry shipper (absorbent saturated with LN2, no free liquid)",
    requirements: [
      "Make sure no free liquid nitrogen is present in the dry shipper, in any orientation, before tendering it.",
      "A dry shipper with no free liquid is not subject to the US Hazardous Materials Regulations or the ICAO Technical Instructions (PHMSA interpretation 01-0038).",
      "If free liquid is present, the package is regulated when offered for transport by aircraft (49 CFR 173.320): ship it as a regulated cryogenic liquid instead.",
      "The contents still follow their own rules (e.g. UN3373 or UN2814 for infectious samples).",
    ],
    sources: [
      { title: "PHMSA Interpretation Response #01-0038 – Dry Shipper Instructions", url: "https://www.phmsa.dot.gov/regulations/title49/interp/01-0038", reviewed: R },
    ],
  },
  {
    id: "dg-un2814-category-a",
    un: "UN2814",
    name: "Infectious substance, affecting humans, Category A (Division 6.2) – packing instruction P620 / PI 620",
    requirements: [
      "Use Category A when exposure could cause permanent disability or life-threatening or fatal disease in otherwise healthy humans or animals; if in doubt, assign Category A.",
      "Pack in UN-certified (tested) triple packaging under packing instruction P620 (ADR) / PI 620 (IATA).",
      "Complete a Shipper's Declaration for Dangerous Goods (UN2814 is not among the substances exempted from it).",
      "By air, check state and operator variations: some countries and airlines restrict or refuse these shipments.",
      "Shippers need dangerous-goods training for infectious substances (secondary source).",
    ],
    sources: [
      { title: "Swiss Federal Expert Committee for Biosafety (EFBS) – Transport sheet: Infectious substances, Category A", url: "https://www.efbs.admin.ch/en/topics/transport/transport-sheets/infectious-substances-category-a", reviewed: R },
      { title: "University of York – Transportation of Category A infectious substances (UN 2814 / UN 2900)", url: "https://www.york.ac.uk/biology/intranet/health-safety/biological-safety/transport/category-a/", reviewed: R },
      iataDgrDocs,
      { title: "ECCO – Transport regulations for microorganisms (training for infectious substances) (secondary source)", url: "https://www.eccosite.org/transport-regulations/", reviewed: R },
    ],
  },
];

export default dangerousGoods;
