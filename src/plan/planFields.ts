import { normalizeName } from "./countryParsing";

/** The plan's input columns, in the order the design lists them. */
export const PLAN_FIELDS = [
  "shipmentId", "origin", "destination", "material", "value", "currency", "noCommercialValue", "shipDate", "needByDate",
  "site", "hsCode", "description", "quantity", "temperature", "dangerousGoods", "returnable", "controlledSubstance",
  "incoterm", "sponsor", "importerOfRecord", "exporterOfRecord", "freight", "insurance", "unitPrice", "drugCode", "remarks",
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/**
 * What every check needs: where from, where to, what moves. A value is needed only for the charges:
 * without a value column they are skipped; with one, each row needs its value.
 */
export const REQUIRED_FIELDS: readonly PlanField[] = ["origin", "destination", "material"];

/** What a planner calls each field: a label for messages, then aliases in English, German, French and Spanish. */
export const FIELD_HEADERS: Record<PlanField, { label: string; aliases: string[] }> = {
  shipmentId: { label: "Shipment ID", aliases: ["shipment id", "shipment", "shipment no", "shipment number", "shipment ref", "id", "ref", "reference", "sendungsnummer", "sendung", "sendungs id", "numero d'expedition", "n° d'expedition", "expedition", "id envio", "envio", "numero de envio", "shipment no.", "shipment #", "shipment nr", "sendungs-nr.", "sendungs nr", "sendungsnr", "lieferung nr", "n° expedition", "no expedition", "numero de expedition", "shipment request", "shipment request id", "order number", "order no", "asn", "delivery number", "delivery id", "delivery no", "lieferschein nr", "lieferscheinnummer", "bon de livraison"] },
  origin: { label: "Origin", aliases: ["origin", "origin country", "from", "from country", "ship from", "ship from country", "shipped from", "export country", "exporting country", "dispatch country", "herkunft", "herkunftsland", "versandland", "abgangsland", "von", "origine", "pays d'origine", "pays d'expedition", "origen", "pais de origen", "pais origen", "desde", "country of origin", "origin country", "ursprungsland", "ursprung", "land der herkunft", "pays d'origine", "pays de provenance", "provenance", "country of dispatch", "dispatch from", "ship from depot", "origin depot", "shipping depot", "sending depot", "source depot", "from depot", "depot", "depot name", "versanddepot", "pais de procedencia", "procedencia"] },
  destination: { label: "Destination", aliases: ["destination", "dest", "dest.", "dest country", "dest. country", "destination country", "ship to", "ship to country", "shipped to", "to", "to country", "import country", "importing country", "ziel", "zielland", "bestimmungsland", "empfangsland", "nach", "pays de destination", "pays destinataire", "destino", "pais de destino", "pais destino", "hacia", "destination country", "site country", "country of destination", "consignee country", "delivery country", "country", "bestimmungsland", "empfangerland", "pays du site", "pays de livraison", "pais del centro"] },
  material: { label: "Material type", aliases: ["material", "material type", "type", "goods type", "type of goods", "category", "item type", "materialart", "warenart", "art", "type de materiel", "type de marchandise", "tipo de material", "tipo", "tipo de mercancia", "material category", "product type", "supply type", "produktart", "type de produit", "tipo de producto"] },
  value: { label: "Value", aliases: ["value", "declared value", "customs value", "value for customs", "value for customs purposes", "invoice value", "amount", "wert", "warenwert", "zollwert", "valeur", "valeur declaree", "valeur en douane", "valor", "valor declarado", "valor en aduana", "subtotal", "sub-total", "sub total", "line total", "line value", "total value", "extended value", "total amount", "commodity cost", "zwischensumme", "gesamtwert", "gesamtpreis", "gesamtbetrag", "sous-total", "sous total", "montant", "montant total", "valeur totale", "subtotal", "importe", "valor total"] },
  currency: { label: "Currency", aliases: ["currency", "ccy", "curr", "currency code", "wahrung", "devise", "monnaie", "moneda", "divisa"] },
  noCommercialValue: { label: "No commercial value", aliases: ["no commercial value", "ncv", "free of charge", "foc", "ohne handelswert", "sans valeur commerciale", "sin valor comercial", "no commercial value", "ncv"] },
  shipDate: { label: "Ship date", aliases: ["ship date", "shipping date", "dispatch date", "planned ship date", "shipment date", "versanddatum", "date d'expedition", "fecha de envio", "fecha envio", "planned dispatch", "planned dispatch date", "dispatch", "ship date planned", "planned shipment date", "shipped", "ship dt", "date shipped", "versand am", "geplanter versand", "expedition prevue", "date d'envoi", "fecha de despacho"] },
  needByDate: { label: "Need-by date", aliases: ["need by", "need-by", "need by date", "need-by date", "required by", "required date", "due date", "needed by", "benotigt bis", "bedarfsdatum", "date de besoin", "requis le", "fecha requerida", "necesario para", "required at site", "required at site date", "req. date", "req date", "requested delivery date", "delivery date required", "date required", "need date", "liefertermin", "wunschtermin", "benotigt am", "date de livraison souhaitee", "date requise", "fecha de entrega requerida"] },
  site: { label: "Site / consignee", aliases: ["site", "consignee", "site consignee", "site / consignee", "receiving site", "site name", "zentrum", "prufzentrum", "empfanger", "centre", "destinataire", "centro", "destinatario", "site number", "site no", "site name", "site id", "investigator site", "delivery address", "ship to site"] },
  hsCode: { label: "HS code", aliases: ["hs code", "hs", "hs-code", "tariff code", "commodity code", "hts", "hts code", "zolltarifnummer", "warennummer", "code sh", "nomenclature douaniere", "codigo hs", "partida arancelaria", "tariff number", "tariff no", "customs tariff number", "hs tariff", "hs tariff code", "zolltarif", "zolltarif-nr.", "zolltarif nr", "tarifnummer", "code douanier", "nomenclature", "n° tarifaire", "numero tarifaire", "codigo arancelario"] },
  description: { label: "Description", aliases: ["description", "item", "goods description", "item description", "beschreibung", "warenbeschreibung", "descripcion", "goods", "description of goods", "product", "product description", "material description", "drug description", "item name", "kit description", "commodity", "commodity description", "bezeichnung", "warenbezeichnung", "artikel", "designation", "designation des marchandises", "description des marchandises", "produit", "descripcion de la mercancia", "producto"] },
  quantity: { label: "Quantity", aliases: ["quantity", "qty", "units", "menge", "anzahl", "quantite", "cantidad", "qty shipped", "quantity shipped", "no of units", "number of kits", "kits", "kit count", "stuckzahl", "stuck", "nombre", "unidades"] },
  temperature: { label: "Temperature", aliases: ["temperature", "temp", "storage", "temperature range", "storage condition", "temperatur", "lagertemperatur", "temperature de stockage", "temperatura", "temperature condition", "temperature requirements", "shipping condition", "shipping conditions", "storage conditions", "temp range", "temperaturbereich", "lagerbedingung", "lagerbedingungen", "versandbedingung", "conditions de stockage", "condition de transport", "condiciones de almacenamiento"] },
  dangerousGoods: { label: "Dangerous goods / UN number", aliases: ["dangerous goods", "dg", "un number", "un", "un no", "dg un number", "dangerous goods / un number", "gefahrgut", "un nummer", "matieres dangereuses", "numero onu", "mercancias peligrosas", "numero onu"] },
  returnable: { label: "Returnable", aliases: ["returnable", "return", "returned", "comes back", "return shipment", "ruckgabe", "ruckversand", "mehrweg", "retour", "retournable", "retornable", "devolucion"] },
  controlledSubstance: { label: "Controlled substance", aliases: ["controlled substance", "controlled", "narcotic", "controlled drug", "betaubungsmittel", "btm", "stupefiant", "estupefaciente", "sustancia controlada"] },
  incoterm: { label: "Incoterm", aliases: ["incoterm", "incoterms", "delivery terms", "lieferbedingung"] },
  sponsor: { label: "Sponsor", aliases: ["sponsor", "promoteur", "promotor", "patrocinador"] },
  importerOfRecord: { label: "Importer of record", aliases: ["importer of record", "ior", "importer", "importeur", "importateur", "importador"] },
  exporterOfRecord: { label: "Exporter of record", aliases: ["exporter of record", "eor", "exporter", "exporteur", "exportateur", "exportador"] },
  freight: { label: "Freight", aliases: ["freight", "freight cost", "shipping cost", "fracht", "frachtkosten", "fret", "flete"] },
  insurance: { label: "Insurance", aliases: ["insurance", "insurance cost", "versicherung", "assurance", "seguro"] },
  unitPrice: { label: "Unit price", aliases: ["unit price", "unit value", "price per unit", "price", "einzelpreis", "stuckpreis", "preis", "prix unitaire", "prix", "valeur unitaire", "precio unitario", "precio"] },
  drugCode: { label: "Drug code", aliases: ["drug code", "drug id", "drug", "medication code", "medication id", "medication number", "kit type", "kit type code", "treatment code", "material code", "product code", "article number", "artikelnummer", "code produit", "codigo de producto"] },
  remarks: { label: "Remarks", aliases: ["remarks", "remark", "comments", "comment", "notes", "note", "reason", "reason for export", "reason for shipment", "reason for movement", "purpose", "purpose of shipment", "bemerkungen", "bemerkung", "anmerkungen", "versandgrund", "grund", "ausfuhrgrund", "remarques", "remarque", "commentaires", "motif", "motif de l'expedition", "motif d'exportation", "observaciones", "comentarios", "motivo", "motivo del envio"] },
};

/**
 * Headers that may name a field but may as well mean something else (a shipper's address, a
 * manufacturing site): used only when no column names the field plainly, and reported as assumed.
 */
export const WEAK_HEADERS: Partial<Record<PlanField, string[]>> = {
  origin: ["shipper", "shipper address", "versender", "absender", "expediteur", "remitente", "manufacturing site", "manufacturer", "manufacturing location", "herstellort", "hersteller", "site de fabrication", "fabricant", "fabricante"],
  destination: ["consignee address", "empfangeradresse", "adresse du destinataire"],
};

const ALIAS_LOOKUP = new Map<string, PlanField>();
const WEAK_LOOKUP = new Map<string, PlanField>();
for (const [field, aliases] of Object.entries(WEAK_HEADERS) as Array<[PlanField, string[]]>) for (const alias of aliases) WEAK_LOOKUP.set(normalizeName(alias), field);
for (const field of PLAN_FIELDS) for (const alias of [FIELD_HEADERS[field].label, ...FIELD_HEADERS[field].aliases]) if (!ALIAS_LOOKUP.has(normalizeName(alias))) ALIAS_LOOKUP.set(normalizeName(alias), field);

/** Currency codes a value header may carry, as in "Value (EUR)". */
const HEADER_CURRENCY = /^(.*?)[\s([]*\b([A-Z]{3})\b[)\]]*\s*$/;

/** Words that make a header name a country, so "Destination Country" wins over "Destination" (which then holds a site). */
const COUNTRY_WORD = /\b(country|countries|land|pays|pais|país)\b|land$/i;

/** Whether a header names a country plainly ("Destination Country", "Ursprungsland", "Pays d'origine"). */
export function namesCountry(header: string): boolean {
  return COUNTRY_WORD.test(header.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));
}

const MONEY_FIELDS: readonly PlanField[] = ["value", "freight", "insurance", "unitPrice"];

/**
 * The field a header names, if any; "Value (EUR)" or "Freight Cost (USD)" also gives the column's
 * currency. `weak` is set for headers that only may name the field (see WEAK_HEADERS).
 */
export function fieldForHeader(header: string): { field: PlanField; currency?: string; weak?: boolean } | undefined {
  const key = normalizeName(header);
  const direct = ALIAS_LOOKUP.get(key);
  if (direct) return { field: direct };
  const withCurrency = HEADER_CURRENCY.exec(header.trim());
  if (withCurrency) {
    const field = ALIAS_LOOKUP.get(normalizeName(withCurrency[1] ?? ""));
    if (field && MONEY_FIELDS.includes(field)) return { field, currency: withCurrency[2] };
  }
  const weak = WEAK_LOOKUP.get(key);
  if (weak) return { field: weak, weak: true };
  return undefined;
}
