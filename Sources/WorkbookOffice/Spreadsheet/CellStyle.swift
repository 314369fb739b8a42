/// How a cell looks, and whether it can be edited in a protected sheet.
public struct CellStyle: Sendable, Hashable {
    /// How a number is shown.
    public enum NumberFormat: Sendable, Hashable {
        case general
        /// One decimal place: 2.5 → `2.5`, 3 → `3.0`.
        case oneDecimal
        /// A change, with its sign: 0.3 → `+0.3`, -0.6 → `-0.6`.
        case signedOneDecimal
        /// A whole percentage of a 0-1 value: 0.85 → `85%`.
        case percent
    }

    /// Bold text.
    public var bold = false
    /// Italic text.
    public var italic = false
    /// Font size in points (Calibri 11 when nil).
    public var size: Double?
    /// Background, as `RRGGBB`.
    public var fill: String?
    /// Text colour, as `RRGGBB`.
    public var fontColour: String?
    /// Wrap long text within the column.
    public var wrap = false
    /// Locked cells cannot be edited once the sheet is protected.
    public var locked = true
    /// A thin border on every side.
    public var border = false
    /// How a number in the cell is shown.
    public var numberFormat: NumberFormat = .general
    /// Centred horizontally.
    public var centred = false

    /// Creates a style.
    public init(
        bold: Bool = false, italic: Bool = false, size: Double? = nil, fill: String? = nil, fontColour: String? = nil,
        wrap: Bool = false, locked: Bool = true, border: Bool = false, numberFormat: NumberFormat = .general,
        centred: Bool = false
    ) {
        self.bold = bold
        self.italic = italic
        self.size = size
        self.fill = fill
        self.fontColour = fontColour
        self.wrap = wrap
        self.locked = locked
        self.border = border
        self.numberFormat = numberFormat
        self.centred = centred
    }
}
