import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
async function main(){
 const dir="src/rules/countries";
 for (const f of fs.readdirSync(dir).sort()){
  const m:any=(await import(pathToFileURL(path.resolve(dir,f)).href)).default;
  const t=m.importTax;
  const rel=(t?.reliefs??[]).map((r:any)=>`${r.id}:${r.ratePercent}`).join(",");
  const d=(m.duties??[]).map((x:any)=>`${x.heading}:${x.ratePercent}${x.zeroForZero?"z":""}`).join(",");
  const dm=m.deMinimis?`${m.deMinimis.amount}${m.deMinimis.currency}/${m.deMinimis.covers}`:"-";
  const imp=(m.import??[]).filter((r:any)=>r.materials.includes("imp")).map((r:any)=>`${r.kind}:${r.id}`).join(" ");
  const ior=(m.importerOfRecord??[]).map((r:any)=>`${r.id}[${r.materials}]:${r.foreignSponsorMayAct}`).join(" ");
  console.log(`${m.code} ${m.customsUnion??""} val=${m.valuation?.basis} vat=${t?.standardRatePercent} rel=${rel} duty=${d} dm=${dm} ata=${m.temporaryAdmission?.ataCarnet} xt=${(m.extraTariffs??[]).length}\n   imp=${imp}\n   ior=${ior}`);
 }
}
main();
