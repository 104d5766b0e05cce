/**
 * Lists the hosts of the rule data's sources that the reviewed host table (src/rules/sourceHostKinds.ts)
 * does not classify, with the kind each source was given and its title, for a reviewer to re-check:
 * `npx tsx scripts/list-source-hosts.ts`. A host that turns out to be an authority belongs in the table.
 */
import { embeddedRuleSet } from "../src/rules/embedded";
import { sourceKindOfHost } from "../src/rules/sourceHostKinds";

const byHost = new Map<string, Set<string>>();
for (const fact of embeddedRuleSet().facts.values()) {
  for (const source of fact.sources) {
    const host = new URL(source.url).hostname;
    if (sourceKindOfHost(host)) continue;
    if (!byHost.has(host)) byHost.set(host, new Set());
    byHost.get(host)!.add(`${source.kind}\t${source.title}`);
  }
}
for (const [host, entries] of [...byHost].sort(([a], [b]) => a.localeCompare(b)))
  for (const entry of entries) console.log(`${host}\t${entry}`);
console.log(`${byHost.size} hosts outside the reviewed table`);
