import fc from "fast-check";
import { detectDecimalMark, detectDelimiter, describeCsvDialect } from "../../src/cli/csvDialect";
import { CsvQuoteError, csvRecords } from "../../src/cli/csvRecords";

const DELIMITERS = [",", ";", "\t"] as const;

/** A field as Excel writes it: quoted only when it holds the delimiter, a quote or a line break. */
function written(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

// Fields from the characters that make CSV hard: every delimiter, quotes, line breaks, apostrophes, non-ASCII.
const fieldArbitrary = fc
  .array(fc.constantFrom("a", "Z", "1", ",", ";", "\t", '"', "\n", "\r\n", " ", "'", "=", "ä", "€"), { maxLength: 8 })
  .map((chars) => chars.join(""));
const gridArbitrary = fc.array(fc.array(fieldArbitrary, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

describe("splitting CSV text into records", () => {
  it("gives back every field as written by Excel, and its raw text rebuilds the file exactly", () => {
    fc.assert(
      fc.property(
        gridArbitrary,
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom("\r\n", "\n"),
        (grid, delimiter, lineEnd) => {
          // A record of one empty field is a blank line, which Excel writes the same way.
          const text =
            grid.map((row) => row.map((field) => written(field, delimiter)).join(delimiter)).join(lineEnd) + lineEnd;
          const { raw, values } = csvRecords(text, delimiter);
          expect(values).toEqual(grid);
          expect(raw.map((row) => row.join(delimiter)).join(lineEnd) + lineEnd).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a quote inside an unquoted field as a character, as Excel does", () => {
    expect(csvRecords('Vial 5" box,2\n', ",").values).toEqual([['Vial 5" box', "2"]]);
  });

  it("keeps blank lines as records of one empty field, and a last line without a line end", () => {
    expect(csvRecords("a,b\n\n\nc,d", ",").values).toEqual([["a", "b"], [""], [""], ["c", "d"]]);
  });

  it.each([
    ['a,b\nc,"d\ne,f\n', 2, "unclosed"],
    ['a,b\n"x\ny",z\n"open,1\n', 4, "unclosed"],
    ['a,b\nc,"d"e\n', 2, "text-after-quote"],
  ])("names the line of a quote problem in %j", (text, line, problem) => {
    let thrown: unknown;
    try {
      csvRecords(text, ",");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CsvQuoteError);
    expect(thrown).toMatchObject({ line, problem });
  });
});

describe("finding the delimiter", () => {
  it.each([
    ["Excel's comma file", "From,To,Material,Value\nUS,DE,IMP,100\nUS,FR,IMP,200\n", ","],
    [
      "a semicolon file with decimal commas in every row",
      "From;To;Material;Value\nUS;DE;IMP;100,5\nUS;FR;IMP;200,25\n",
      ";",
    ],
    ["a tab file whose text holds commas and semicolons", "From\tTo\tNote\nUS\tDE\ta, b; c\nUS\tFR\td, e; f\n", "\t"],
    ["a comma file whose quoted text holds more semicolons than commas", 'A,B,C\n"x;y;z;w",1,2\n"p;q;r;s",3,4\n', ","],
    [
      "a semicolon file under a title line with commas",
      "Plan, study CLW-301, draft\nFrom;To;Material;Value\nUS;DE;IMP;1\nUS;FR;IMP;2\n",
      ";",
    ],
    ["Excel's sep= hint", "sep=;\nA,B;C\n1,2;3\n", ";"],
    ["a single column", "Plan\nnothing here\n", ","],
  ])("%s", (_name, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe("finding the decimal mark", () => {
  it.each([
    ["a comma file, whatever its numbers", ",", [["1,5"]], "point"],
    ["a semicolon file with no decimals", ";", [["100", "2027-03-01"]], "comma"],
    ["a semicolon file with decimal commas", ";", [["1.234,56", "12,5"]], "comma"],
    ["a semicolon file with only decimal points", ";", [["1234.56", "12.5"]], "point"],
    ["a tab file with no decimals", "\t", [["100", "1.234"]], "point"],
    ["a tab file with decimal commas", "\t", [["1234,56"], ["03.04.2027"]], "comma"],
    ["a tab file from French Excel (no-break space thousands)", "\t", [["12\u00a0500,5"], ["1,234"]], "comma"],
    ["a tab file with both marks", "\t", [["1234,56"], ["12.5"]], "point"],
  ] as const)("%s", (_name, delimiter, values, mark) => {
    expect(
      detectDecimalMark(
        values.map((row) => [...row]),
        delimiter,
      ),
    ).toBe(mark);
  });

  it("is named in the check's header line", () => {
    expect(describeCsvDialect({ encoding: "UTF-8 with BOM", delimiter: ";", decimalMark: "comma" })).toBe(
      'CSV: UTF-8 with BOM, ";"-separated, decimal comma',
    );
    expect(describeCsvDialect({ encoding: "UTF-16 LE with BOM", delimiter: "\t", decimalMark: "point" })).toBe(
      "CSV: UTF-16 LE with BOM, tab-separated, decimal point",
    );
  });
});
