import WorkbookModel

/// How a weighted mean was made: what went in, with which weights, and what was left out.
public struct Derivation: Sendable, Equatable {
    /// One value that went into the mean.
    public struct Term: Sendable, Equatable {
        /// The question or element id.
        public var id: String
        /// Its value.
        public var value: Double
        /// Its weight.
        public var weight: Double
    }

    /// One thing left out, and why.
    public struct Exclusion: Sendable, Equatable {
        /// The question or element id.
        public var id: String
        /// Why ("not applicable", "not answered", "not scored", "weight 0").
        public var reason: String
    }

    /// What went in.
    public var terms: [Term]
    /// What was left out.
    public var excluded: [Exclusion]

    /// Σ weight × value / Σ weight, or nil when nothing (of positive weight) went in.
    public var weightedMean: Double? {
        var mean = Scorer.WeightedMean()
        for term in terms { mean.add(term.value, weight: term.weight) }
        return mean.value
    }
}
