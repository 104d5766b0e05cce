import { useEffect, useReducer, useRef, useState } from "react";
import { columnLetters } from "../plan/cellAddress";
import { cellText } from "../plan/cellValue";
import { STATUS_FILL } from "../plan/statusColours";
import type { FakeWorkbookPort } from "./fakeWorkbookPort";

const argbToCss = (argb: string) => `#${argb.slice(2)}`;

/** A small spreadsheet view of the fake workbook: sheet tabs, column letters, row numbers, fills and selection. */
export function FakeGrid({ workbook }: { workbook: FakeWorkbookPort }) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [shown, setShown] = useState(workbook.activeSheet);
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  useEffect(() => workbook.subscribe(redraw), [workbook]);
  useEffect(() => setShown(workbook.activeSheet), [workbook.activeSheet, workbook.selection]);
  // A block body: newer browsers return a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: "center" });
  }, [workbook.selection]);

  const sheet = workbook.sheets.find((candidate) => candidate.name === shown) ?? workbook.sheets[0];
  if (!sheet) return null;
  const width = Math.max(1, ...sheet.cells.map((row) => row.length));
  const bounds = workbook.selection?.sheetName === sheet.name ? workbook.selectionBounds() : null;
  const inSelection = (r: number, c: number) =>
    bounds !== null && r >= bounds.top && r <= bounds.bottom && c >= bounds.left && c <= bounds.right;

  return (
    <div className="fake-workbook">
      <div className="sheet-tabs" role="tablist" aria-label="Sheets">
        {workbook.sheets.map((candidate) => (
          <button
            key={candidate.name}
            role="tab"
            aria-selected={candidate.name === sheet.name}
            onClick={() => {
              workbook.activeSheet = candidate.name;
              setShown(candidate.name);
            }}
          >
            {candidate.name}
          </button>
        ))}
      </div>
      <div className="grid-scroll">
        <table className="grid" data-sheet={sheet.name} aria-label={`Sheet ${sheet.name}`}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: width }, (_, c) => (
                <th key={c}>{columnLetters(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.cells.map((row, r) => (
              <tr key={r} ref={bounds?.top === r ? selectedRow : undefined} data-row={r + 1}>
                <th>{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const status = sheet.fills.get(`${r}:${c}`);
                  const { style, link } = workbook.cellLook(sheet.name, r, c);
                  // The look the description gives (bold, fill, links); a status colour Clearway set wins.
                  const fill = status ? STATUS_FILL[status] : style?.fill;
                  const css = {
                    ...(fill ? { background: argbToCss(fill), color: "#1b1b1b" } : {}),
                    ...(style?.bold ? { fontWeight: 600 } : {}),
                  };
                  return (
                    <td
                      key={c}
                      data-address={`${columnLetters(c)}${r + 1}`}
                      className={inSelection(r, c) ? "selected" : undefined}
                      style={Object.keys(css).length ? css : undefined}
                      title={cellText(row[c])}
                    >
                      {link ? (
                        <a href={link} target="_blank" rel="noopener noreferrer">
                          {cellText(row[c])}
                        </a>
                      ) : (
                        cellText(row[c])
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
