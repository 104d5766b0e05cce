import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import type { Status } from "../../domain/status";
import type { RowResult } from "../../plan/checkPlan";

/** Every item is one fixed height (two clipped lines), so the list never measures its items. */
export const ROW_ITEM_HEIGHT = 52;
/** Height assumed for the list when the host reports none (a pane not laid out yet, or a test DOM). */
const FALLBACK_HEIGHT = 480;

const useStyles = makeStyles({
  scroller: {
    overflowY: "auto",
    position: "relative",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  inner: { position: "relative", width: "100%" },
  item: {
    position: "absolute",
    left: 0,
    right: 0,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  button: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    justifyContent: "center",
    width: "100%",
    height: `${ROW_ITEM_HEIGHT - 2}px`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    textAlign: "left",
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  line: { display: "block", maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  status: {
    display: "inline-block",
    width: "8px",
    height: "8px",
    borderRadius: "50%",
    marginRight: tokens.spacingHorizontalXS,
  },
  empty: { padding: tokens.spacingVerticalS },
});

const DOT: Record<Status, string> = {
  ok: tokens.colorPaletteGreenBackground3,
  action: tokens.colorPaletteYellowBackground3,
  blocked: tokens.colorPaletteRedBackground3,
  error: tokens.colorNeutralForeground3,
};

/** "Row 12 · S-009 · US → IN". */
export function rowTitle(row: RowResult): string {
  return `Row ${row.row}${row.shipmentId ? ` · ${row.shipmentId}` : ""}${row.shipment ? ` · ${row.shipment.origin} → ${row.shipment.destination}` : ""}`;
}

/** The list's size from the scroll element, or a fallback height when the host reports none. */
const observeRect = (
  instance: Virtualizer<HTMLDivElement, Element>,
  callback: (rect: { width: number; height: number }) => void,
) =>
  observeElementRect(instance, (rect) =>
    callback(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_HEIGHT }),
  );

export interface RowListProps {
  rows: readonly RowResult[];
  label: string;
  onOpen: (row: RowResult) => void;
  /** Most of the list shown at once, in pixels; it scrolls beyond. */
  maxHeight?: number;
}

/**
 * The rows as real buttons in a list, virtualized: only the items in view (and a few around) are in
 * the page, so a 20,000-row plan costs as much as a short one.
 */
export function RowList({ rows, label, onOpen, maxHeight = 420 }: RowListProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ITEM_HEIGHT,
    overscan: 8,
    observeElementRect: observeRect,
  });
  if (!rows.length) return <Caption1 className={styles.empty}>No rows match.</Caption1>;
  return (
    <div
      ref={scroller}
      className={styles.scroller}
      style={{ maxHeight: `${maxHeight}px`, height: `${Math.min(maxHeight, rows.length * ROW_ITEM_HEIGHT + 2)}px` }}
    >
      <div
        className={styles.inner}
        role="list"
        aria-label={label}
        style={{ height: `${virtualizer.getTotalSize()}px` }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={row.row}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className={styles.item}
              style={{ top: `${item.start}px`, height: `${ROW_ITEM_HEIGHT}px` }}
            >
              <button type="button" className={styles.button} onClick={() => onOpen(row)}>
                <Text weight="semibold" className={styles.line}>
                  <span className={styles.status} style={{ backgroundColor: DOT[row.status] }} aria-hidden="true" />
                  {rowTitle(row)} · {row.status}
                </Text>
                <Caption1 className={styles.line}>
                  {row.nextStep.text}
                  {row.nextStep.by ? ` (${row.nextStep.who}, by ${row.nextStep.by})` : ` (${row.nextStep.who})`}
                </Caption1>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
