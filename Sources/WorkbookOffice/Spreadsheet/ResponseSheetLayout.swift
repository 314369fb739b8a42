/// Where things are on the response spreadsheet, shared by the form that writes it and the
/// import that reads it back.
///
/// The import finds everything by its label, not by its position: the header block by the
/// labels in column A, the questions' columns by the header row's titles. A facilitator may
/// insert rows and columns, sort the questions or add sheets, and the file still reads.
public enum ResponseSheetLayout {
    /// The sheet with the questions.
    public static let sheetName = "Responses"
    /// The sheet with the scale and the bands.
    public static let scaleSheetName = "Scale and bands"

    /// The header block: each label, the response key its value fills, whether it is to be
    /// filled in, and where the label is written (the value is in the cell to its right).
    public static let headerFields: [(label: String, key: String, input: Bool, row: Int, column: Int)] = [
        ("Area", "area", true, 3, 1),
        ("Period", "period", true, 4, 1),
        ("Date", "date", true, 5, 1),
        ("Facilitator", "facilitator", true, 6, 1),
        ("Workbook", "workbook", false, 3, 5),
        ("Version", "version", false, 4, 5),
    ]

    /// The row of the questions' column titles, as written (the import looks for it).
    static let titleRow = 8

    /// The title of the column of question ids, by which the import finds the questions.
    public static let idTitle = "Question id"
    /// The title of the element column.
    public static let elementTitle = "Element"
    /// The title of the question text column.
    public static let questionTitle = "Question"
    /// The title of the agreed rating column.
    public static let ratingTitle = "Rating"
    /// The title of the evidence column.
    public static let evidenceTitle = "Evidence"
    /// The title of the guidance column.
    public static let guidanceTitle = "Guidance"
    /// The prefix of a table's rating column.
    public static let tablePrefix = "Table "

    /// The fixed columns, before any tables'.
    static let fixedTitles = [idTitle, elementTitle, questionTitle, ratingTitle, evidenceTitle, guidanceTitle]
    /// Their widths in characters: readable on screen and across A4 landscape.
    static let fixedWidths: [Double] = [22, 22, 52, 9, 40, 52]

    /// The colour of a cell to fill in.
    static let inputFill = "FFF7D6"
    /// The colour of the header row.
    static let titleFill = "DDE3EA"
}
