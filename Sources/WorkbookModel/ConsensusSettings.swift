import WorkbookDiagnostics
import WorkbookSupport

/// When a question's ratings disagree enough to be called contested or split, and groups
/// far enough apart to be reported (docs/scoring.md, "Agreement and split").
public struct ConsensusSettings: Sendable, Equatable {
    /// Ratings whose spread (highest − lowest) is above this are contested.
    public var maxSpread: Double
    /// A question is split when at least this share of its ratings lie outside the three
    /// levels around the median: the SCIROCCO rule, four or more of twelve, is a third.
    public var splitShare: Double
    /// When set, a question is also split when its interquartile range is above this.
    public var maxIQR: Double?
    /// Two stakeholder groups this far apart on an element are reported; nil means one level.
    public var groupGap: Double?

    /// The SCIROCCO share: a third.
    public static let scirocco = 1.0 / 3.0

    /// Creates the settings.
    public init(
        maxSpread: Double = 2, splitShare: Double = ConsensusSettings.scirocco, maxIQR: Double? = nil,
        groupGap: Double? = nil
    ) {
        self.maxSpread = maxSpread
        self.splitShare = splitShare
        self.maxIQR = maxIQR
        self.groupGap = groupGap
    }
}
