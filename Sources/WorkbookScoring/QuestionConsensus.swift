/// One question with two or more ratings: where the room stands and how far it agrees.
public struct QuestionConsensus: Sendable, Equatable {
    /// The question.
    public var question: String
    /// Its element.
    public var element: String
    /// How many ratings.
    public var count: Int
    /// Their median (whatever the workbook's `aggregate`: the rule is about the median).
    public var median: Double
    /// The first quartile (QUARTILE.INC, as spreadsheets compute it).
    public var lowerQuartile: Double
    /// The third quartile.
    public var upperQuartile: Double
    /// The share (0–1) of ratings in the three levels around the median.
    public var withinOneLevel: Double
    /// Agreement or split; nil for a single rating.
    public var status: ConsensusStatus?

    /// The interquartile range.
    public var interquartileRange: Double { upperQuartile - lowerQuartile }
}
