public import WorkbookDiagnostics

/// What one scale value means for one question.
public struct QuestionLevel: Sendable, Equatable {
    /// The scale value.
    public var value: Double
    /// What it looks like for this question.
    public var text: String
    /// Where the value is written.
    public var location: FileLocation

    /// Creates a question level.
    public init(value: Double, text: String, location: FileLocation) {
        self.value = value
        self.text = text
        self.location = location
    }
}
