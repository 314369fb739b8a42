public import WorkbookModel

/// What raising one element by a level (each of its answered questions one level up)
/// would do: the figures that tell one such move from another.
public struct Leverage: Sendable, Equatable {
    /// The element.
    public var element: String
    /// Its score now.
    public var score: Double
    /// Its score after the move.
    public var newScore: Double
    /// How much the overall score would rise.
    public var overallGain: Double
    /// How much the chain strength would rise (above zero only for the one lowest element).
    public var chainGain: Double
    /// Whether the move takes it out of the weak links.
    public var leavesWeakLinks: Bool
    /// The band it would move into, when the move changes its band.
    public var newBand: Band?
    /// How many of its answered questions are below the top of the scale (room to rise).
    public var questionsWithRoom: Int
    /// Other elements at the same lowest score (the first three): the chain strength rises
    /// only if they rise too.
    public var tiedAtLowest: [String]
    /// How many other elements share the lowest score (`tiedAtLowest` names at most three).
    public var othersAtLowest: Int
}
