import WorkbookCore

/// The framework drawn as a shaded table, laid out as its source draws it: for a symmetric
/// framework a column per group (left, centre, right) with the group's score at its head;
/// for a chain the steps in order; otherwise the elements four to a row. Each cell is in its
/// band's colour with the element's title, score and band written in it.
enum FrameworkTable {
    static func add(_ assessment: Assessment, bands: WordBands, into document: inout WordDocument) {
        let workbook = assessment.workbook
        document.heading("The framework", level: 1, newPage: true)
        let order: [Group.Position] = [.left, .centre, .right]
        let groups = assessment.groups.sorted {
            (order.firstIndex(of: $0.group.position ?? .centre) ?? 1)
                < (order.firstIndex(of: $1.group.position ?? .centre) ?? 1)
        }
        if workbook.layout == .symmetric, !groups.isEmpty {
            let columns = groups.map { group in assessment.elements.filter { $0.element.group == group.id } }
            var table = WordTable(
                caption: "The framework: each group's elements in their band's colour",
                columns: Array(repeating: 1, count: groups.count),
                header: groups.map { bands.cell($0.reading, label: $0.group.title) })
            for row in 0..<(columns.map(\.count).max() ?? 0) {
                table.rows.append(
                    columns.map { column in
                        row < column.count
                            ? bands.cell(column[row].reading, label: column[row].element.title) : WordTable.Cell("")
                    })
            }
            document.table(table)
        } else {
            let perRow = workbook.layout == .chain ? 1 : 4
            var table = WordTable(
                caption: "The framework: each element in its band's colour",
                columns: Array(repeating: 1, count: perRow),
                header: [
                    WordTable.Cell(workbook.layout == .chain ? "Each step builds on the ones before it" : "Elements")
                ])
            table.header[0].span = perRow
            var row: [WordTable.Cell] = []
            for element in assessment.elements {
                let title =
                    workbook.layout == .chain
                    ? "Step \(element.index). \(element.element.title)" : element.element.title
                row.append(bands.cell(element.reading, label: title))
                if row.count == perRow {
                    table.rows.append(row)
                    row = []
                }
            }
            if !row.isEmpty { table.rows.append(row) }
            document.table(table)
        }
        var key =
            "Each cell is in its band's colour, with its score out of \(NumberFormatting.plain(workbook.scale.maximum)) "
        key +=
            "and its band written in it; hatched cells are not scored (no question answered), which is not a score of 0."
        if let overall = assessment.overall {
            key += " Overall: \(NumberFormatting.oneDecimal(overall.score)) \(overall.band?.label ?? "")."
        }
        document.paragraph(key, style: "Note")
    }
}
