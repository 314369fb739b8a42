/// A run of text with its emphasis.
struct WordRun: Equatable {
    var text: String
    var bold = false
    var italic = false
    /// `rrggbb`, or nil for the style's colour.
    var colour: String?

    init(_ text: String, bold: Bool = false, italic: Bool = false, colour: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.colour = colour
    }
}
