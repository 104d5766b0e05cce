"""Makes the .xlsx fixtures of test/fixtures/xlsx with LibreOffice Calc (headless, Python-UNO):
workbooks holding what exceljs cannot carry (a chart, a pivot table, an image) and what a planner
adds (data validation, conditional formats, defined names, comments, a hidden sheet).

    soffice --headless --invisible --norestore "--accept=socket,host=localhost,port=2002;urp;" &
    /usr/bin/python3 scripts/make-xlsx-fixtures.py test/fixtures/xlsx
"""
import base64
import os
import sys
import time
import zipfile

import uno
from com.sun.star.awt import Point, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress

HEADER = ["Shipment ID", "From", "To", "Material", "Value", "Currency", "Ship date", "Temperature"]
ROWS = [
    ["S-1", "US", "DE", "IMP", 1000, "EUR", "2027-06-01", "2-8 C"],
    ["S-2", "CN", "US", "samples", 50, "USD", "2027-06-01", "-80 C"],
    ["S-3", "NL", "BE", "comparator", 500, "EUR", "2027-06-01", "2-8 C"],
    ["S-4", "US", "JP", "lab kit", 250, "USD", "2027-07-01", "ambient"],
]
# A 1x1 red PNG.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            return resolver.resolve("uno:socket,host=localhost,port=2002;urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(1)
    raise SystemExit("LibreOffice is not listening on port 2002")


def fill(sheet, rows):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if isinstance(value, (int, float)):
                cell.setValue(value)
            else:
                cell.setString(value)


def save(document, path):
    document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    document.close(True)


def new_document(desktop):
    return desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))


def add_chart(sheet):
    rect = uno.createUnoStruct("com.sun.star.awt.Rectangle")
    rect.X, rect.Y, rect.Width, rect.Height = 1000, 4000, 9000, 6000
    source = CellRangeAddress(sheet.RangeAddress.Sheet, 4, 0, 4, len(ROWS))
    sheet.getCharts().addNewByName("Values", rect, (source,), True, False)


def add_pivot(document, plan, target):
    tables = target.getDataPilotTables()
    descriptor = tables.createDataPilotDescriptor()
    descriptor.setSourceRange(CellRangeAddress(plan.RangeAddress.Sheet, 0, 0, len(HEADER) - 1, len(ROWS)))
    fields = descriptor.getDataPilotFields()
    to = fields.getByIndex(2)
    to.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
    value = fields.getByIndex(4)
    value.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
    value.Function = uno.Enum("com.sun.star.sheet.GeneralFunction", "SUM")
    tables.insertNewByName("ValueByDestination", CellAddress(target.RangeAddress.Sheet, 0, 0), descriptor)


def add_image(document, sheet, folder):
    png = os.path.abspath(os.path.join(folder, ".pixel.png"))
    with open(png, "wb") as f:
        f.write(PNG)
    shape = document.createInstance("com.sun.star.drawing.GraphicObjectShape")
    shape.GraphicURL = uno.systemPathToFileUrl(png) if hasattr(shape, "GraphicURL") else None
    sheet.getDrawPage().add(shape)
    shape.setSize(Size(1000, 1000))
    shape.setPosition(Point(12000, 500))
    return png


def add_planner_features(document, sheet):
    # Data validation: Currency must be one of a list.
    cells = sheet.getCellRangeByName("F2:F100")
    validation = cells.Validation
    validation.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
    validation.setFormula1('"EUR;USD;GBP"')
    cells.Validation = validation
    # Conditional format: values above 600 in bold red.
    values = sheet.getCellRangeByName("E2:E100")
    conditional = values.ConditionalFormat
    conditional.addNew((
        prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "GREATER")),
        prop("Formula1", "600"),
        prop("StyleName", "Bad"),
    ))
    values.ConditionalFormat = conditional
    # A defined name and a comment.
    document.NamedRanges.addNewByName("PlanValues", "$Plan.$E$2:$E$5", CellAddress(0, 0, 0), 0)
    sheet.getAnnotations().insertNew(CellAddress(sheet.RangeAddress.Sheet, 4, 1), "Value confirmed by the sponsor")


def main(folder):
    os.makedirs(folder, exist_ok=True)
    context = connect()
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

    # Everything at once: plan with chart, image, validation, conditional format, name, comment; a pivot sheet; a hidden sheet.
    document = new_document(desktop)
    sheets = document.Sheets
    plan = sheets.getByIndex(0)
    plan.Name = "Plan"
    fill(plan, [HEADER] + ROWS)
    add_planner_features(document, plan)
    add_chart(plan)
    sheets.insertNewByName("Pivot", 1)
    add_pivot(document, plan, sheets.getByName("Pivot"))
    sheets.insertNewByName("Lookup", 2)
    fill(sheets.getByName("Lookup"), [["Code", "Country"], ["DE", "Germany"]])
    sheets.getByName("Lookup").IsVisible = False
    png = add_image(document, plan, folder)
    save(document, os.path.join(folder, "plan-with-chart-and-pivot.xlsx"))
    os.remove(png)
    drawing_target_in_capitals(os.path.join(folder, "plan-with-chart-and-pivot.xlsx"), os.path.join(folder, "plan-with-chart-drawing-exceljs-cannot-read.xlsx"))

    # A plan whose sheets use Clearway's own names for something else.
    document = new_document(desktop)
    sheets = document.Sheets
    plan = sheets.getByIndex(0)
    plan.Name = "Plan"
    fill(plan, [HEADER] + ROWS)
    for name in ["Clearway Summary", "Clearway Sources"]:
        sheets.insertNewByName(name, sheets.Count)
        fill(sheets.getByName(name), [["The planner's own notes"], ["keep me"]])
    save(document, os.path.join(folder, "plan-with-clearway-sheet-names.xlsx"))


def drawing_target_in_capitals(source, target):
    """The same workbook with the sheet's drawing relationship written "../drawings/Drawing1.xml", as
    some tools write it: part names are case-insensitive, so the package is valid, but exceljs cannot
    read it ("Cannot read properties of undefined (reading 'anchors')")."""
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "xl/worksheets/_rels/sheet1.xml.rels":
                data = data.replace(b"drawings/drawing1.xml", b"drawings/Drawing1.xml")
            out.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "test/fixtures/xlsx")
