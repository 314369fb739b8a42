import WorkbookComparison
import WorkbookModel
import WorkbookRules
import WorkbookScoring

/// What a renderer may be told beyond the report itself.
public struct RenderOptions: Sendable, Equatable {
    /// ANSI colour in text output (only on a terminal, never with NO_COLOR).
    public var colour: Bool

    /// Creates options.
    public init(colour: Bool = false) {
        self.colour = colour
    }
}
