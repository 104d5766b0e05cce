import type { CellValue, Grid } from "../../src/plan/cellValue";

/** Layouts written the way planners' own documents are, one per kind the issue names. */
export interface Layout {
  name: string;
  grid: Grid;
  decimalMark?: "point" | "comma";
  depots?: Grid;
  defaults?: Record<string, string>;
}

const RTSM_HEADER: CellValue[] = ["Shipment Request ID", "Ship From", "Site Number", "Destination", "Destination Country", "Drug Code", "Drug Description", "Lot Number", "Kit Range", "Quantity", "Temperature Condition", "Planned Dispatch", "Required at Site", "Shipment Status"];
const RTSM_ROWS: CellValue[][] = [
  ["SHP-1001", "DE01 - EU Depot Mannheim", "1001", "1001 - Hôpital Pitié-Salpêtrière", "France", "D-101", "CLW-301 50 mg tablets", "L2301", "1001-1040", 40, "+2 °C bis +8 °C", "22-Jan-2027", "05-Feb-2027", "Requested"],
  ["SHP-1001", "DE01 - EU Depot Mannheim", "1001", "1001 - Hôpital Pitié-Salpêtrière", "France", "D-101", "CLW-301 50 mg tablets", "L2302", "1041-1060", 20, "+2 °C bis +8 °C", "22-Jan-2027", "05-Feb-2027", "Requested"],
  ["SHP-1002", "US01 - Depot Durham NC", "2001", "2001 - Royal Free Hospital", "United Kingdom", "D-101", "CLW-301 50 mg tablets", "L2290", "2001-2030", 30, "2-8°C", "2-Mar-27", "20-Mar-27", "Requested"],
  ["SHP-1003", "EU Depot", "3001", "3001 - Hospital Clínic Barcelona", "Spain", "D-102", "CLW-301 placebo", "L2305", "3001-3010", 10, "2-8°C", "05/Jan/2027", "TBD", "Requested"],
];

export const LAYOUTS: Layout[] = [
  { name: "an RTSM shipment export", grid: [RTSM_HEADER, ...RTSM_ROWS] },
  {
    name: "an RTSM export with a Depots sheet",
    grid: [RTSM_HEADER, ...RTSM_ROWS],
    depots: [["Depot", "Code", "Country", "City"], ["EU Depot Mannheim", "DE01", "Germany", "Mannheim"], ["EU Depot", "", "NL", "Venlo"], ["Depot Durham NC", "US01", "US", "Durham"]],
  },
  {
    name: "a German pro-forma (semicolons, decimal commas)",
    decimalMark: "comma",
    grid: [
      ["Proforma-Rechnung / Versandliste Studie CLW-301"],
      [],
      ["Pos.", "Sendungs-Nr.", "Versender", "Empfänger", "Ursprungsland", "Bestimmungsland", "Warenbeschreibung", "Zolltarifnummer", "Menge", "Einzelpreis (EUR)", "Gesamtwert (EUR)", "Versanddatum", "Temperatur", "Versandgrund"],
      ["1", "DE-2027-001", "Clearway GmbH, Mannheim", "Prüfzentrum Universitätsspital Zürich", "Deutschland", "Schweiz", "Prüfpräparat CLW-301 Tabletten", "3004.90", "120", "12,50", "1.500,00", "15.01.2027", "+2 °C bis +8 °C", "Klinische Prüfung, ohne Handelswert"],
      ["2", "DE-2027-002", "Clearway GmbH, Mannheim", "Prüfzentrum Universitätsspital Zürich", "Deutschland", "Schweiz", "Laborkits für Blutentnahme", "3822.19", "40", "8,00", "320,00", "15.01.2027", "Raumtemperatur", "Verkauf"],
      ["3", "DE-2027-003", "Zentrallabor Basel", "Clearway GmbH, Mannheim", "Schweiz", "Deutschland", "Serumproben (Humanserum)", "3002.90", "60", "1,00", "60,00", "20.01.2027", "Trockeneis (≤ -60 °C)", "ohne Handelswert"],
    ],
  },
  {
    name: "a French pro-forma",
    decimalMark: "comma",
    grid: [
      ["N° d'expédition", "Expéditeur", "Destinataire", "Pays d'origine", "Pays de destination", "Désignation des marchandises", "Code SH", "Quantité", "Prix unitaire", "Montant total", "Devise", "Date d'expédition", "Conditions de stockage", "Motif"],
      ["FR-27-01", "Clearway SAS, Lyon", "Hospital Universitario La Paz", "France", "Espagne", "Médicament expérimental CLW-301 comprimés", "3004 90 00", "50", "25,00", "1 250,00", "EUR", "05/Jan/2027", "2 à 8 °C", "sans valeur commerciale"],
      ["FR-27-02", "Clearway SAS, Lyon", "Hospital Universitario La Paz", "France", "Espagne", "Kits de laboratoire (prélèvement sanguin)", "", "20", "10,00", "200,00", "EUR", "05/Jan/2027", "ambiante", "N/A"],
      ["FR-27-03", "Clearway SAS, Lyon", "Hôpital Pitié-Salpêtrière", "France", "France", "Cartons", "", "5", "1,00", "5,00", "EUR", "06/Jan/2027", "ambiante", ""],
    ],
  },
  {
    name: "a line-item delivery report",
    grid: [
      ["Delivery ID", "Line", "Manufacturing Site", "Ship To Country", "Commodity Description", "HS Code", "Qty Shipped", "Commodity Cost", "Freight Cost (USD)", "Ship Date", "Delivered On"],
      ["ASN-93", 1, "Acme Unit II, India", "United States", "CLW-301 50 mg tablets, bulk bottles", "3004.90", 500, 4000, "Freight Included in Commodity Cost", "2-Mar-27", "Date Not Captured"],
      ["ASN-93", 2, "Acme Unit II, India", "United States", "CLW-301 50 mg tablets, bulk bottles", "3004.90", 250, 2000, "See ASN-93", "2-Mar-27", "Date Not Captured"],
      ["ASN-94", 1, "Acme Unit II, India", "United States", "Centrifuge for site pharmacy", "8421.19", 1, 3500, 250, "11/13/27", "N/A"],
      ["ASN-95", 1, "Acme Unit II, India", "United States", "Serum samples, frozen", "3002.90", 12, 0, 40, "Date Not Captured", "N/A"],
    ],
  },
  {
    name: "a site list without any value column, with plan defaults",
    defaults: { origin: "DE", material: "imp" },
    grid: [
      ["Shipment", "Site", "Country", "Ship date", "Need by", "Temperature"],
      ["S-1", "Royal Free Hospital", "GB", "2027-03-01", "2027-03-15", "2-8 C"],
      ["S-2", "Hospital Clínic", "ES", "2027-03-01", "2027-03-15", "frozen (-20 °C)"],
    ],
  },
];
