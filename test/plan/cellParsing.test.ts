import { parseAmount, parseDate, parseTemperature, parseUnNumbers, parseYesNo } from "../../src/plan/cellParsing";

describe("reading dates", () => {
  it.each([
    ["2027-03-02", "2027-03-02"],
    ["2027-3-2", "2027-03-02"],
    ["13/04/2027", "2027-04-13"],
    ["04/13/2027", "2027-04-13"],
    ["05/05/2027", "2027-05-05"],
    ["02.03.2027", "2027-03-02"],
    ["2 Mar 2027", "2027-03-02"],
    ["March 2, 2027", "2027-03-02"],
    ["2. März 2027", "2027-03-02"],
    [46447, "2027-03-01"], // Excel serial 45658 is 2025-01-01; + 365 + 365 + 31 + 28
    [new Date("2027-03-02T00:00:00Z"), "2027-03-02"],
  ])("reads %p as %s", (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it("refuses 03/04/2027 because it is 3 April in Europe and March 4 in the US", () => {
    const parsed = parseDate("03/04/2027");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toBe('"03/04/2027" is ambiguous: day/month or month/day? Write it as 2027-MM-DD');
  });

  it.each(["2027-02-30", "31.04.2027", "next week", "", -5])("refuses %p", (input) => {
    expect(parseDate(input).ok).toBe(false);
  });
});

describe("reading amounts", () => {
  it.each([
    [12500, 12500, undefined],
    ["12,500.00", 12500, undefined],
    ["12500", 12500, undefined],
    ["EUR 1,200", 1200, "EUR"],
    ["1200 USD", 1200, "USD"],
    ["€1,200.50", 1200.5, "EUR"],
    ["0", 0, undefined],
  ])("reads %p as %d %s", (input, amount, currency) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: currency ? { amount, currency } : { amount } });
  });

  it.each([
    ["1.234,56", "decimal comma"],
    ["12,50", "decimal comma"],
    ["-100", "negative"],
    [-100, "negative"],
    ["(100)", "negative"],
    ["twelve", "not an amount"],
    ["1,23,456", "not an amount"],
  ])("refuses %p (%s)", (input, why) => {
    const parsed = parseAmount(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(why);
  });
});

describe("reading amounts from a file that writes decimal commas (a semicolon CSV from European Excel)", () => {
  it.each([
    ["1.234,56", 1234.56, undefined],
    ["1234,5", 1234.5, undefined],
    ["0,75", 0.75, undefined],
    ["12.500", 12500, undefined],
    ["1.234.567,8", 1234567.8, undefined],
    ["1.234,56 €", 1234.56, "EUR"],
    ["1 234,56", 1234.56, undefined],
    ["12\u00a0500,00 €", 12500, "EUR"],
    ["1\u202f234\u202f567", 1234567, undefined],
    ["EUR 99", 99, "EUR"],
    [1234.56, 1234.56, undefined],
  ])("reads %p as %d %s", (input, amount, currency) => {
    expect(parseAmount(input, "comma")).toEqual({ ok: true, value: currency ? { amount, currency } : { amount } });
  });

  it.each([
    ["12.5", "has a decimal point, but this file writes numbers with a decimal comma; write it as 12,5"],
    ["1,234.56", "write it as 1234,56"],
    ["-1,5", "negative"],
    ["1.23,4", "not an amount"],
    ["1 23,4", "not an amount"],
    ["zwölf", "not an amount"],
  ])("refuses %p (%s)", (input, why) => {
    const parsed = parseAmount(input, "comma");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(why);
  });
});

describe("reading yes/no, temperatures and UN numbers", () => {
  it.each([
    ["yes", true],
    ["Y", true],
    ["x", true],
    ["TRUE", true],
    [true, true],
    ["ja", true],
    ["no", false],
    ["n", false],
    [null, false],
    ["", false],
    ["non", false],
  ])("reads %p as %p", (input, expected) => {
    expect(parseYesNo(input as never)).toEqual({ ok: true, value: expected });
  });

  it("refuses maybe", () => expect(parseYesNo("maybe").ok).toBe(false));

  it.each([
    ["2-8 C", "2-8C"],
    ["2–8 °C", "2-8C"],
    ["refrigerated", "2-8C"],
    ["-80 C", "-80C"],
    ["Dry ice", "dry-ice"],
    ["LN2", "ln2"],
    ["ambient", "ambient"],
    ["-20°C", "-20C"],
  ])("reads temperature %p as %s", (input, expected) => {
    expect(parseTemperature(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["UN3373", ["UN3373"]],
    ["UN 1845; UN3373", ["UN1845", "UN3373"]],
    ["3373", ["UN3373"]],
    ["none", []],
  ])("reads UN numbers %p", (input, expected) => {
    expect(parseUnNumbers(input)).toEqual({ ok: true, value: expected });
  });

  it("refuses a UN number with letters", () => expect(parseUnNumbers("UN33A3").ok).toBe(false));
});
