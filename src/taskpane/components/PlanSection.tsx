import { Caption1, Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import type { SheetInfo } from "../../plan/workbookPort";
import { columnLetters } from "../../plan/cellAddress";
import { cellText, type Grid } from "../../plan/cellValue";
import type { HeaderDetection } from "../../plan/headerDetection";
import { FIELD_HEADERS, REQUIRED_FIELDS, type PlanField } from "../../plan/planFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  mapping: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalXS },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export interface PlanSectionProps {
  sheets: SheetInfo[];
  sheetName: string | null;
  grid: Grid | null;
  detection: HeaderDetection | null;
  onSheet: (name: string) => void;
  onColumn: (field: PlanField, letters: string) => void;
}

/** Which sheet, where its header is, and which column holds each required field (changeable). */
export function PlanSection({ sheets, sheetName, grid, detection, onSheet, onColumn }: PlanSectionProps) {
  const styles = useStyles();
  const headerRow = detection && detection.headerRow >= 0 ? (grid?.[detection.headerRow] ?? []) : (grid?.[0] ?? []);
  const columns = headerRow
    .map((cell, index) => ({ letters: columnLetters(index), text: cellText(cell) }))
    .filter((column) => column.text);
  return (
    <section className={styles.root} aria-label="Plan">
      <Field label="Sheet">
        <Dropdown
          aria-label="Sheet"
          value={sheetName ?? ""}
          selectedOptions={sheetName ? [sheetName] : []}
          onOptionSelect={(_, data) => data.optionValue && onSheet(data.optionValue)}
        >
          {sheets.map((sheet) => (
            <Option key={sheet.name} value={sheet.name}>
              {sheet.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {detection && detection.headerRow >= 0 ? (
        <Caption1 role="status">
          Header found in row {detection.headerRow + 1}; {Object.keys(detection.columns).length} columns understood
          {detection.unrecognised.length
            ? `, ${detection.unrecognised.length} not understood (${detection.unrecognised.map((u) => u.text).join(", ")})`
            : ""}
          .
        </Caption1>
      ) : (
        <Caption1 role="status">
          No plan header found on this sheet yet: it needs Origin, Destination, Material type and Value columns.
        </Caption1>
      )}
      <div className={styles.mapping}>
        {REQUIRED_FIELDS.map((field) => {
          const column = detection?.columns[field];
          const letters = column === undefined ? "" : columnLetters(column);
          const missing = column === undefined;
          return (
            <Field
              key={field}
              label={FIELD_HEADERS[field].label}
              validationState={missing ? "error" : "none"}
              validationMessage={missing ? "Not found: choose its column" : undefined}
            >
              <Dropdown
                aria-label={`Column for ${FIELD_HEADERS[field].label}`}
                placeholder="Choose a column"
                value={missing ? "" : `${letters}: ${columns.find((c) => c.letters === letters)?.text ?? ""}`}
                selectedOptions={missing ? [] : [letters]}
                onOptionSelect={(_, data) => data.optionValue && onColumn(field, data.optionValue)}
              >
                {columns.map((c) => (
                  <Option key={c.letters} value={c.letters} text={`${c.letters}: ${c.text}`}>
                    {`${c.letters}: ${c.text}`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      {detection && detection.missing.length > 0 && detection.headerRow >= 0 ? (
        <Text className={styles.missing}>
          Missing: {detection.missing.map((f) => FIELD_HEADERS[f].label).join(", ")}
        </Text>
      ) : null}
    </section>
  );
}
