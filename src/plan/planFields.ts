import { normalizeName } from "./countryParsing";

/** The plan's input columns, in the order the design lists them. */
export const PLAN_FIELDS = [
  "shipmentId", "origin", "destination", "material", "value", "currency", "noCommercialValue", "shipDate", "needByDate",
  "site", "hsCode", "description", "quantity", "temperature", "dangerousGoods", "returnable", "controlledSubstance",
  "incoterm", "sponsor", "importerOfRecord", "exporterOfRecord", "freight", "insurance",
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export const REQUIRED_FIELDS: readonly PlanField[] = ["origin", "destination", "material", "value"];

/** What a planner calls each field: a label for messages, then aliases in English, German, French and Spanish. */
export const FIELD_HEADERS: Record<PlanField, { label: string; aliases: string[] }> = {
  shipmentId: { label: "Shipment ID", aliases: ["shipment id", "shipment", "shipment no", "shipment number", "shipment ref", "id", "ref", "reference", "sendungsnummer", "sendung", "sendungs id", "numero d'expedition", "n° d'expedition", "expedition", "id envio", "envio", "numero de envio"] },
  origin: { label: "Origin", aliases: ["origin", "origin country", "from", "from country", "ship from", "ship from country", "shipped from", "export country", "exporting country", "dispatch country", "herkunft", "herkunftsland", "versandland", "abgangsland", "von", "origine", "pays d'origine", "pays d'expedition", "origen", "pais de origen", "pais origen", "desde"] },
  destination: { label: "Destination", aliases: ["destination", "dest", "dest.", "dest country", "dest. country", "destination country", "ship to", "ship to country", "shipped to", "to", "to country", "import country", "importing country", "ziel", "zielland", "bestimmungsland", "empfangsland", "nach", "pays de destination", "pays destinataire", "destino", "pais de destino", "pais destino", "hacia"] },
  material: { label: "Material type", aliases: ["material", "material type", "type", "goods type", "type of goods", "category", "item type", "materialart", "warenart", "art", "type de materiel", "type de marchandise", "tipo de material", "tipo", "tipo de mercancia"] },
  value: { label: "Value", aliases: ["value", "declared value", "customs value", "value for customs", "value for customs purposes", "invoice value", "amount", "wert", "warenwert", "zollwert", "valeur", "valeur declaree", "valeur en douane", "valor", "valor declarado", "valor en aduana"] },
  currency: { label: "Currency", aliases: ["currency", "ccy", "curr", "currency code", "wahrung", "devise", "monnaie", "moneda", "divisa"] },
  noCommercialValue: { label: "No commercial value", aliases: ["no commercial value", "ncv", "free of charge", "foc", "ohne handelswert", "sans valeur commerciale", "sin valor comercial"] },
  shipDate: { label: "Ship date", aliases: ["ship date", "shipping date", "dispatch date", "planned ship date", "shipment date", "versanddatum", "date d'expedition", "fecha de envio", "fecha envio"] },
  needByDate: { label: "Need-by date", aliases: ["need by", "need-by", "need by date", "need-by date", "required by", "required date", "due date", "needed by", "benotigt bis", "bedarfsdatum", "date de besoin", "requis le", "fecha requerida", "necesario para"] },
  site: { label: "Site / consignee", aliases: ["site", "consignee", "site consignee", "site / consignee", "receiving site", "site name", "zentrum", "prufzentrum", "empfanger", "centre", "destinataire", "centro", "destinatario"] },
  hsCode: { label: "HS code", aliases: ["hs code", "hs", "hs-code", "tariff code", "commodity code", "hts", "hts code", "zolltarifnummer", "warennummer", "code sh", "nomenclature douaniere", "codigo hs", "partida arancelaria"] },
  description: { label: "Description", aliases: ["description", "item", "goods description", "item description", "beschreibung", "warenbeschreibung", "descripcion"] },
  quantity: { label: "Quantity", aliases: ["quantity", "qty", "units", "menge", "anzahl", "quantite", "cantidad"] },
  temperature: { label: "Temperature", aliases: ["temperature", "temp", "storage", "temperature range", "storage condition", "temperatur", "lagertemperatur", "temperature de stockage", "temperatura"] },
  dangerousGoods: { label: "Dangerous goods / UN number", aliases: ["dangerous goods", "dg", "un number", "un", "un no", "dg un number", "dangerous goods / un number", "gefahrgut", "un nummer", "matieres dangereuses", "numero onu", "mercancias peligrosas", "numero onu"] },
  returnable: { label: "Returnable", aliases: ["returnable", "return", "returned", "comes back", "return shipment", "ruckgabe", "ruckversand", "mehrweg", "retour", "retournable", "retornable", "devolucion"] },
  controlledSubstance: { label: "Controlled substance", aliases: ["controlled substance", "controlled", "narcotic", "controlled drug", "betaubungsmittel", "btm", "stupefiant", "estupefaciente", "sustancia controlada"] },
  incoterm: { label: "Incoterm", aliases: ["incoterm", "incoterms", "delivery terms", "lieferbedingung"] },
  sponsor: { label: "Sponsor", aliases: ["sponsor", "promoteur", "promotor", "patrocinador"] },
  importerOfRecord: { label: "Importer of record", aliases: ["importer of record", "ior", "importer", "importeur", "importateur", "importador"] },
  exporterOfRecord: { label: "Exporter of record", aliases: ["exporter of record", "eor", "exporter", "exporteur", "exportateur", "exportador"] },
  freight: { label: "Freight", aliases: ["freight", "freight cost", "shipping cost", "fracht", "frachtkosten", "fret", "flete"] },
  insurance: { label: "Insurance", aliases: ["insurance", "insurance cost", "versicherung", "assurance", "seguro"] },
};

const ALIAS_LOOKUP = new Map<string, PlanField>();
for (const field of PLAN_FIELDS) for (const alias of [FIELD_HEADERS[field].label, ...FIELD_HEADERS[field].aliases]) if (!ALIAS_LOOKUP.has(normalizeName(alias))) ALIAS_LOOKUP.set(normalizeName(alias), field);

/** Currency codes a value header may carry, as in "Value (EUR)". */
const HEADER_CURRENCY = /^(.*?)[\s([]*\b([A-Z]{3})\b[)\]]*\s*$/;

/** The field a header names, if any; "Value (EUR)" also gives the column's currency. */
export function fieldForHeader(header: string): { field: PlanField; currency?: string } | undefined {
  const direct = ALIAS_LOOKUP.get(normalizeName(header));
  if (direct) return { field: direct };
  const withCurrency = HEADER_CURRENCY.exec(header.trim());
  if (withCurrency) {
    const field = ALIAS_LOOKUP.get(normalizeName(withCurrency[1] ?? ""));
    if (field === "value" || field === "freight" || field === "insurance") return { field, currency: withCurrency[2] };
  }
  return undefined;
}
