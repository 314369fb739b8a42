/// Whether a question's ratings agree, by the rule in `Consensus`.
public enum ConsensusStatus: String, Sendable, Equatable {
    /// Fewer than a third of the ratings lie outside the three levels around the median.
    case agreement
    /// The room is split: the median is uncertain.
    case split
}
