/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { Grid } from "../../../src/plan/cellValue";
import { detectHeader } from "../../../src/plan/headerDetection";
import { FakeWorkbookPort } from "../../../src/playground/fakeWorkbookPort";
import { embeddedRuleSet } from "../../../src/rules/embedded";
import { usePlanCheck } from "../../../src/taskpane/hooks/usePlanCheck";

const rules = embeddedRuleSet();
// No origin column: the plan is checkable only with a default origin.
const PLAN: Grid = [
  ["Shipment ID", "To", "Material", "Value", "Currency"],
  ["S-1", "DE", "IMP", 1000, "EUR"],
];
const plan = { sheetName: "Plan", grid: PLAN, detection: detectHeader(PLAN), overrides: {} };

function renderCheck(workbook: FakeWorkbookPort, planDefaults: Record<string, string> = {}) {
  const errors: Array<string | null> = [];
  const hook = renderHook(() =>
    usePlanCheck({
      port: workbook,
      rules,
      plan,
      settings: { asOf: "2026-11-26", planDefaults },
      onError: (message) => void errors.push(message),
    }),
  );
  return { hook, errors };
}

describe("the pane's check hook", () => {
  it("is not ready for a plan without an origin, and is once the workbook's Defaults sheet gives one", async () => {
    expect(renderCheck(new FakeWorkbookPort([{ name: "Plan", cells: PLAN }])).hook.result.current.ready).toBe(false);
    const { hook } = renderCheck(
      new FakeWorkbookPort([
        { name: "Plan", cells: PLAN },
        {
          name: "Clearway Defaults",
          cells: [
            ["Field", "Value"],
            ["Origin", "US"],
          ],
        },
      ]),
    );
    await waitFor(() => expect(hook.result.current.ready).toBe(true));
  });

  it("is ready with a default origin from the settings, checks, and announces the counts", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    const { hook, errors } = renderCheck(workbook, { origin: "US" });
    expect(hook.result.current.ready).toBe(true);
    await act(() => hook.result.current.run());
    expect(hook.result.current.outcome?.check.rows.map((row) => row.shipment?.origin)).toEqual(["US"]);
    expect(hook.result.current.outcome?.notes).toContain(
      "Plan defaults (used where the plan gives no value; such rows say so): origin=US.",
    );
    expect(hook.result.current.announcement).toMatch(/^Checked 1 row: /);
    expect(hook.result.current.phase).toBeNull();
    expect(errors).toEqual([null]);
  });

  it("keeps a refused table with its cells, writes nothing, and marks earlier results as from a check that did not finish", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    const { hook } = renderCheck(workbook, { origin: "US" });
    await act(() => hook.result.current.run());
    const first = hook.result.current.outcome;
    workbook.sheets.push({
      name: "Clearway Parties",
      cells: [
        ["Name", "Country", "Roles"],
        ["Depot", "Germny", "IOR"],
      ],
      fills: new Map(),
    });
    const written = workbook.sheet("Plan").cells.map((row) => [...row]);
    await act(() => hook.result.current.run());
    expect(hook.result.current.refusal?.where).toBe('the sheet "Clearway Parties"');
    expect(hook.result.current.refusal?.problems[0]?.cell).toBe("B2");
    expect(hook.result.current.outcome).toBe(first);
    expect(hook.result.current.stale).toBe("failed");
    expect(workbook.sheet("Plan").cells).toEqual(written);
  });

  it("passes an error the check met to the pane's message, and clears it on the next check", async () => {
    const workbook = new FakeWorkbookPort([{ name: "Plan", cells: PLAN }]);
    const { hook, errors } = renderCheck(workbook, { origin: "US" });
    const write = workbook.writeResults.bind(workbook);
    workbook.writeResults = async () => {
      throw new Error("The sheet is protected.");
    };
    await act(() => hook.result.current.run());
    workbook.writeResults = write;
    await act(() => hook.result.current.run());
    expect(errors).toEqual([null, "The sheet is protected.", null]);
    expect(hook.result.current.stale).toBeNull();
  });
});
