import { OfficeMockObject } from "office-addin-mock";
import { columnIndex, columnLetters } from "../../src/plan/cellAddress";

// ---------------------------------------------------------------------------------------------
// An in-memory workbook behind an office-addin-mock context.
//
// Worksheets, ranges and the context are OfficeMockObjects, so load/sync semantics are the mock's:
// a property read before load() + sync() gives "Error, property was not loaded", and load() of a
// property the object does not have throws. Collections cannot be mocked, so `worksheets` is a
// plain seed object with getItem/getItemOrNullObject/add/getActiveWorksheet/load functions.
// Ranges are created on demand (getRange, getUsedRangeOrNullObject) as standalone mocks that the
// wrapped context.sync() also syncs. At each sync the workbook records every write queued since
// the previous sync (values, number formats, bold, data validation, clears, conditional formats) with its sync
// number, applies it to the grid, and refuses requests or responses over Excel on the web's 5 MB.
// Range formats (bold, size, wrap, vertical alignment, fill, column width, row height) are recorded
// as one "format" op per range; frozen panes, filters, page layout, print titles and charts as
// their own ops. Whole columns ("N:N") and rows ("5:9") are ranges without values. Workbook names
// load with their formula, as Excel gives it ("='Clearway Summary'!$A$1", "=#REF!$A$1").
// A sheet may also hold number formats (`formats`, same indexes as `grid`, "General" where absent)
// that a range returns when loaded with "numberFormat"; number formats written are recorded, not stored.
// ---------------------------------------------------------------------------------------------

export type Cell = string | number | boolean;

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Op {
  kind:
    | "values"
    | "numberFormat"
    | "format"
    | "dataValidation"
    | "clear"
    | "cfClear"
    | "cfAdd"
    | "addSheet"
    | "deleteSheet"
    | "addName"
    | "deleteName"
    | "activate"
    | "select"
    | "suspendCalculation"
    | "suspendScreen"
    | "freeze"
    | "autoFilter"
    | "pageLayout"
    | "printTitles"
    | "chart";
  sheet: string;
  address: string;
  bounds: Bounds | null;
  data: unknown;
  /** Number of the context.sync() that carried the operation (1-based). */
  sync: number;
}

interface FakeConditionalFormat {
  type: string;
  cellValue: {
    format: { fill: { color?: string }; font: Record<string, unknown> };
    rule?: { formula1: string; operator: string };
  };
}

export interface MockSheetState {
  grid: Cell[][];
  /** Number formats for reading, indexed like `grid`; a cell without one is "General". */
  formats?: string[][];
  visibility: string;
  protected: boolean;
  /** Excel tables on the sheet. */
  tables?: number;
  /** The sheet's filter: its address and criteria per column. */
  filter?: { address: string; criteria: unknown[] };
  /** The sheet's print title rows ("$1:$1"). */
  printTitles?: string;
}

/** What a range's format holds once set. */
export interface FormatData {
  bold?: boolean;
  size?: number;
  wrapText?: boolean;
  verticalAlignment?: string;
  fill?: string;
  columnWidth?: number;
  rowHeight?: number;
}

/** A chart added: its type, data, series orientation, title and position. */
export interface MockChart {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  title: { text?: string };
  position: [string, string] | null;
}

export const EXCEL_LIMIT = 5_000_000;

/** A value's size as JSON with every non-ASCII character escaped: the most a request can take for it. */
const payloadBytes = (value: unknown): number => JSON.stringify(value).replace(/[\u0080-\uffff]/g, "\\uXXXX").length;

export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

export function parseAddress(address: string): Bounds {
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replace(/\$/g, "");
  const [from = "", to = from] = local.split(":");
  // Whole columns ("N:P") and whole rows ("5:9").
  if (/^[A-Z]+$/.test(from) && /^[A-Z]+$/.test(to))
    return { top: 0, left: columnIndex(from), bottom: LAST_ROW, right: columnIndex(to) };
  if (/^\d+$/.test(from) && /^\d+$/.test(to))
    return { top: Number(from) - 1, left: 0, bottom: Number(to) - 1, right: LAST_COLUMN };
  const cell = (text: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(text);
    if (!match) throw new Error(`not an A1 address: ${address}`);
    return { row: Number(match[2]) - 1, column: columnIndex(match[1]!) };
  };
  const start = cell(from);
  const end = cell(to);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

function a1(bounds: Bounds): string {
  if (bounds.bottom === LAST_ROW && bounds.top === 0)
    return `${columnLetters(bounds.left)}:${columnLetters(bounds.right)}`;
  if (bounds.right === LAST_COLUMN && bounds.left === 0) return `${bounds.top + 1}:${bounds.bottom + 1}`;
  return `${columnLetters(bounds.left)}${bounds.top + 1}:${columnLetters(bounds.right)}${bounds.bottom + 1}`;
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

export class MockWorkbook {
  readonly sheets = new Map<string, MockSheetState>();
  /** Workbook-level names: name -> the sheet whose A1 it refers to, and whether it is hidden. */
  readonly names = new Map<string, { sheet: string; visible: boolean }>();
  active: string;
  readonly ops: Op[] = [];
  readonly loads: Array<{ sheet: string; address: string; properties: string }> = [];
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  syncs = 0;
  readonly context: OfficeMockObject;
  readonly charts: MockChart[] = [];
  private namesLoaded = false;
  private mocks: OfficeMockObject[] = [];
  private pending: Array<{
    sheet: string;
    bounds: Bounds;
    range: OfficeMockObject;
    seeded: Cell[][];
    seededFormats: string[][];
  }> = [];
  private readonly rangeSheets = new WeakMap<object, string>();
  private readonly rangeAddresses = new WeakMap<object, string>();
  private pendingNames: Array<{ name: string; item: { visible: boolean } }> = [];
  private failure: Error | null = null;
  private pendingResponse = 0;
  private worksheetsLoaded = false;

  constructor(sheets: Record<string, Cell[][]>, active = Object.keys(sheets)[0] ?? "") {
    for (const [name, grid] of Object.entries(sheets))
      this.sheets.set(name, { grid, visibility: "Visible", protected: false });
    this.active = active;
    this.context = new OfficeMockObject({
      workbook: {
        names: {
          getItemOrNullObject: (name: string) => this.nameMock(name),
          getItem: (name: string) => {
            if (!this.names.has(name)) this.fail(officeError("ItemNotFound", "The requested resource doesn't exist."));
            return this.nameMock(name);
          },
          load: (properties: string) => {
            this.loads.push({ sheet: "", address: "names", properties });
            this.namesLoaded = true;
          },
          add: (name: string, reference: object) => {
            const sheet = this.rangeSheets.get(reference) ?? "";
            if (this.names.has(name))
              this.fail(officeError("ItemAlreadyExists", "The resource being created already exists."));
            this.names.set(name, { sheet, visible: true });
            this.record({ kind: "addName", sheet, address: name, bounds: null, data: null, sync: this.syncs + 1 });
            const item = { visible: true };
            this.pendingNames.push({ name, item });
            return item;
          },
        },
        worksheets: {
          getItem: (name: string) => this.sheetMock(name, false),
          getItemOrNullObject: (name: string) => this.sheetMock(name, true),
          add: (name: string) => {
            if (this.sheets.has(name))
              this.fail(officeError("ItemAlreadyExists", "The resource being created already exists."));
            this.sheets.set(name, { grid: [], visibility: "Visible", protected: false });
            this.record({ kind: "addSheet", sheet: name, address: "", bounds: null, data: null, sync: this.syncs + 1 });
            return this.sheetMock(name, false);
          },
          getActiveWorksheet: () => this.sheetMock(this.active, false),
          load: (properties: string) => {
            this.loads.push({ sheet: "", address: "worksheets", properties });
            this.worksheetsLoaded = true;
          },
        },
      },
      application: {
        suspendApiCalculationUntilNextSync: () =>
          this.record({
            kind: "suspendCalculation",
            sheet: "",
            address: "",
            bounds: null,
            data: null,
            sync: this.syncs + 1,
          }),
        suspendScreenUpdatingUntilNextSync: () =>
          this.record({
            kind: "suspendScreen",
            sheet: "",
            address: "",
            bounds: null,
            data: null,
            sync: this.syncs + 1,
          }),
      },
    });
    const mockSync = this.context.sync.bind(this.context) as () => Promise<void>;
    const flushNames = () => {
      for (const { name, item } of this.pendingNames) {
        const entry = this.names.get(name);
        if (entry) entry.visible = item.visible;
      }
      this.pendingNames = [];
    };
    this.context.sync = async () => {
      this.syncs++;
      let request = this.flush();
      for (const op of this.ops)
        if (op.sync === this.syncs && op.kind !== "values" && op.kind !== "numberFormat") request += 200;
      flushNames();
      this.requestBytes.push(request);
      this.responseBytes.push(this.pendingResponse);
      const response = this.pendingResponse;
      this.pendingResponse = 0;
      const failure = this.failure;
      this.failure = null;
      if (failure) throw failure;
      if (request > EXCEL_LIMIT)
        throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      if (response > EXCEL_LIMIT)
        throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      await mockSync();
      await Promise.all(this.mocks.map((mock) => mock.sync()));
      await new Promise((resolve) => setImmediate(resolve));
      if (this.namesLoaded) {
        const quoted = (sheet: string) =>
          /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
        this.context.workbook.names.items = [...this.names].map(([name, entry]) => ({
          name,
          formula: this.sheets.has(entry.sheet) ? `=${quoted(entry.sheet)}!$A$1` : "=#REF!$A$1",
        }));
        this.namesLoaded = false;
      }
      if (this.worksheetsLoaded) {
        this.context.workbook.worksheets.items = [...this.sheets].map(([name, state]) => ({
          name,
          visibility: state.visibility,
        }));
        this.worksheetsLoaded = false;
      }
    };
  }

  /** The `run` the port is given: one batch against the mock context. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.mocks = [];
    return batch(this.context as unknown as Excel.RequestContext);
  };

  grid(name: string): Cell[][] {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.grid;
  }

  cell(name: string, address: string): Cell {
    const { top, left } = parseAddress(address);
    return this.grid(name)[top]?.[left] ?? "";
  }

  /** Operations that change the workbook (not suspensions, activation or selection). */
  writes(): Op[] {
    return this.ops.filter((op) =>
      [
        "values",
        "numberFormat",
        "format",
        "dataValidation",
        "clear",
        "cfClear",
        "cfAdd",
        "addSheet",
        "deleteSheet",
        "addName",
        "deleteName",
        "freeze",
        "autoFilter",
        "pageLayout",
        "printTitles",
        "chart",
      ].includes(op.kind),
    );
  }

  /** Addresses of the ranges made bold, in order. */
  boldRanges(ops: readonly Op[] = this.ops): string[] {
    return ops.filter((op) => op.kind === "format" && (op.data as FormatData).bold === true).map((op) => op.address);
  }

  private fail(error: Error): void {
    this.failure ??= error;
  }

  private record(op: Op): void {
    if (op.sheet && this.sheets.get(op.sheet)?.protected && op.kind !== "activate" && op.kind !== "select")
      this.fail(officeError("AccessDenied", "You cannot perform the requested operation."));
    this.ops.push(op);
  }

  private track(mock: OfficeMockObject): OfficeMockObject {
    this.mocks.push(mock);
    return mock;
  }

  private sheetMock(name: string, orNull: boolean): OfficeMockObject {
    const exists = this.sheets.has(name);
    if (!exists && !orNull) this.fail(officeError("ItemNotFound", "The requested resource doesn't exist."));
    const mock = this.track(
      new OfficeMockObject({
        name,
        visibility: this.sheets.get(name)?.visibility ?? "Visible",
        getRange: (address: string) => this.rangeMock(name, parseAddress(address)),
        getUsedRangeOrNullObject: () => this.usedRangeMock(name),
        activate: () => {
          this.active = name;
          this.record({ kind: "activate", sheet: name, address: "", bounds: null, data: null, sync: this.syncs + 1 });
        },
        delete: () => {
          this.record({
            kind: "deleteSheet",
            sheet: name,
            address: "",
            bounds: null,
            data: null,
            sync: this.syncs + 1,
          });
          this.sheets.delete(name);
        },
      }),
    );
    // Office loads isNullObject with every sync; the mock would treat it as an unloaded property.
    mock.isNullObject = !exists;
    this.addSheetFeatures(mock, name);
    return mock;
  }

  /** Frozen panes, filter, page layout, tables and charts of a sheet: plain objects that record what is done to them. */
  private addSheetFeatures(mock: OfficeMockObject, name: string): void {
    const op = (kind: Op["kind"], address: string, data: unknown) =>
      this.record({ kind, sheet: name, address, bounds: null, data, sync: this.syncs + 1 });
    const addressOf = (range: unknown) =>
      typeof range === "string" ? range : (this.rangeAddresses.get(range as object) ?? "");
    const state = () => this.sheets.get(name);
    const orNull = (address: string | undefined) => {
      const range = this.track(new OfficeMockObject({ address: address ?? "" }));
      range.isNullObject = address === undefined;
      return range;
    };
    mock.freezePanes = {
      freezeAt: (range: unknown) => {
        const bounds = parseAddress(addressOf(range));
        op("freeze", addressOf(range), { rows: bounds.bottom + 1, columns: bounds.right + 1 });
      },
      freezeRows: (rows: number) => op("freeze", "", { rows, columns: 0 }),
      freezeColumns: (columns: number) => op("freeze", "", { rows: 0, columns }),
    };
    const filter = {
      criteria: state()?.filter?.criteria ?? [],
      load: () => undefined,
      getRangeOrNullObject: () => orNull(state()?.filter ? `${name}!${state()!.filter!.address}` : undefined),
      apply: (range: unknown, columnIndex?: number, criteria?: unknown) => {
        op("autoFilter", addressOf(range), columnIndex === undefined ? null : { columnIndex, criteria });
        const sheet = state();
        if (sheet) sheet.filter = { address: addressOf(range), criteria: sheet.filter?.criteria ?? [] };
      },
    };
    mock.autoFilter = filter;
    const layout: Record<string, unknown> = {};
    mock.pageLayout = {
      set orientation(value: string) {
        layout.orientation = value;
        op("pageLayout", "", { orientation: value });
      },
      set zoom(value: unknown) {
        layout.zoom = value;
        op("pageLayout", "", { zoom: value });
      },
      setPrintTitleRows: (rows: string) => {
        op("printTitles", rows, null);
        const sheet = state();
        if (sheet) sheet.printTitles = rows;
      },
      getPrintTitleRowsOrNullObject: () => orNull(state()?.printTitles ? `${name}!${state()!.printTitles}` : undefined),
    };
    mock.tables = { getCount: () => ({ value: state()?.tables ?? 0 }) };
    mock.charts = {
      add: (type: string, source: unknown, seriesBy: string) => {
        const chart: MockChart = { sheet: name, type, source: addressOf(source), seriesBy, title: {}, position: null };
        this.charts.push(chart);
        op("chart", addressOf(source), { type, seriesBy });
        return {
          title: chart.title,
          setPosition: (start: string, end: string) => void (chart.position = [start, end]),
        };
      },
    };
  }

  /** A workbook name, or its null object; its range is null where its sheet is gone (Excel's #REF!). */
  private nameMock(name: string): OfficeMockObject {
    const entry = this.names.get(name);
    const mock = this.track(
      new OfficeMockObject({
        name,
        getRangeOrNullObject: () => {
          const alive = entry !== undefined && this.sheets.has(entry.sheet);
          const worksheet = new OfficeMockObject({ name: entry?.sheet ?? "" });
          this.track(worksheet);
          const range = { isNullObject: !alive, worksheet };
          return range;
        },
        delete: () => {
          this.record({
            kind: "deleteName",
            sheet: entry?.sheet ?? "",
            address: name,
            bounds: null,
            data: null,
            sync: this.syncs + 1,
          });
          this.names.delete(name);
        },
      }),
    );
    mock.isNullObject = entry === undefined;
    return mock;
  }

  private usedRangeMock(name: string): OfficeMockObject {
    const grid = this.sheets.get(name)?.grid ?? [];
    let bounds: Bounds | null = null;
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "") return;
        bounds = bounds
          ? {
              top: Math.min(bounds.top, r),
              left: Math.min(bounds.left, c),
              bottom: Math.max(bounds.bottom, r),
              right: Math.max(bounds.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }),
    );
    const range = this.rangeMock(name, bounds ?? { top: 0, left: 0, bottom: 0, right: 0 });
    range.isNullObject = bounds === null;
    return range;
  }

  private rangeMock(sheet: string, bounds: Bounds): OfficeMockObject {
    const grid = this.sheets.get(sheet)?.grid ?? [];
    const sheetFormats = this.sheets.get(sheet)?.formats ?? [];
    const seeded: Cell[][] = [];
    const seededFormats: string[][] = [];
    const whole = bounds.bottom === LAST_ROW || bounds.right === LAST_COLUMN;
    for (let r = bounds.top; r <= (whole ? bounds.top - 1 : bounds.bottom); r++) {
      const row: Cell[] = [];
      const formatRow: string[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) {
        row.push(grid[r]?.[c] ?? "");
        formatRow.push(sheetFormats[r]?.[c] ?? "General");
      }
      seeded.push(row);
      seededFormats.push(formatRow);
    }
    const address = a1(bounds);
    const range = this.track(
      new OfficeMockObject({
        address: `${sheet}!${address}`,
        rowIndex: bounds.top,
        columnIndex: bounds.left,
        rowCount: bounds.bottom - bounds.top + 1,
        columnCount: bounds.right - bounds.left + 1,
        values: seeded,
        numberFormat: seededFormats,
        format: { font: {}, fill: {} },
        dataValidation: {},
        conditionalFormats: {
          add: (type: string) => {
            const format: FakeConditionalFormat = { type, cellValue: { format: { fill: {}, font: {} } } };
            this.record({ kind: "cfAdd", sheet, address, bounds, data: format, sync: this.syncs + 1 });
            return format;
          },
          clearAll: () => this.record({ kind: "cfClear", sheet, address, bounds, data: null, sync: this.syncs + 1 }),
        },
        clear: (applyTo?: string) => {
          this.record({ kind: "clear", sheet, address, bounds, data: applyTo ?? "All", sync: this.syncs + 1 });
          const target = this.sheets.get(sheet)?.grid ?? [];
          for (let r = bounds.top; r <= bounds.bottom; r++) {
            const row = target[r];
            if (row) for (let c = bounds.left; c <= bounds.right; c++) row[c] = "";
          }
        },
        select: () => this.record({ kind: "select", sheet, address, bounds, data: null, sync: this.syncs + 1 }),
      }),
    );
    const load = range.load.bind(range);
    range.load = (properties: string) => {
      this.loads.push({ sheet, address, properties });
      const loaded = properties.split(",").map((p) => p.trim());
      if (loaded.includes("values")) this.pendingResponse += JSON.stringify(seeded).length;
      if (loaded.includes("numberFormat")) this.pendingResponse += JSON.stringify(seededFormats).length;
      return load(properties);
    };
    this.pending.push({ sheet, bounds, range, seeded, seededFormats });
    this.rangeSheets.set(range, sheet);
    this.rangeAddresses.set(range, address);
    return range;
  }

  /** Records and applies the property writes queued since the last sync; returns their request bytes. */
  private flush(): number {
    let bytes = 0;
    for (const { sheet, bounds, range, seeded, seededFormats } of this.pending) {
      const rows = bounds.bottom - bounds.top + 1;
      const columns = bounds.right - bounds.left + 1;
      const fits = (matrix: unknown[][]) => matrix.length === rows && matrix.every((row) => row.length === columns);
      const address = a1(bounds);
      const values: unknown = range.values;
      if (Array.isArray(values) && values !== seeded) {
        if (!fits(values as unknown[][])) this.fail(officeError("InvalidArgument", `values do not fit ${address}`));
        bytes += payloadBytes(values);
        this.record({ kind: "values", sheet, address, bounds, data: values, sync: this.syncs });
        const grid = this.grid(sheet);
        (values as Cell[][]).forEach((row, r) =>
          row.forEach((value, c) => ((grid[bounds.top + r] ??= [])[bounds.left + c] = value)),
        );
        for (let r = 0; r < grid.length; r++) grid[r] ??= [];
      }
      const formats: unknown = range.numberFormat;
      if (Array.isArray(formats) && formats !== seededFormats) {
        if (!fits(formats as unknown[][]))
          this.fail(officeError("InvalidArgument", `number formats do not fit ${address}`));
        bytes += payloadBytes(formats);
        this.record({ kind: "numberFormat", sheet, address, bounds, data: formats, sync: this.syncs });
      }
      const format = range.format as {
        font: { bold?: unknown; size?: unknown };
        fill: { color?: unknown };
        wrapText?: unknown;
        verticalAlignment?: unknown;
        columnWidth?: unknown;
        rowHeight?: unknown;
      };
      const data: FormatData = {
        ...(format.font.bold !== undefined ? { bold: format.font.bold as boolean } : {}),
        ...(format.font.size !== undefined ? { size: format.font.size as number } : {}),
        ...(format.wrapText !== undefined ? { wrapText: format.wrapText as boolean } : {}),
        ...(format.verticalAlignment !== undefined ? { verticalAlignment: format.verticalAlignment as string } : {}),
        ...(format.fill.color !== undefined ? { fill: format.fill.color as string } : {}),
        ...(format.columnWidth !== undefined ? { columnWidth: format.columnWidth as number } : {}),
        ...(format.rowHeight !== undefined ? { rowHeight: format.rowHeight as number } : {}),
      };
      if (Object.keys(data).length) {
        bytes += 100;
        this.record({ kind: "format", sheet, address, bounds, data, sync: this.syncs });
      }
      const rule: unknown = range.dataValidation.rule;
      if (rule !== undefined)
        this.record({ kind: "dataValidation", sheet, address, bounds, data: rule, sync: this.syncs });
    }
    this.pending = [];
    return bytes;
  }
}
