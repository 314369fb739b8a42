public import WorkbookDiagnostics
import WorkbookSupport

/// The rating scale every question in a workbook uses.
public struct Scale: Sendable, Equatable {
    /// One level of the scale.
    public struct Level: Sendable, Equatable {
        /// The number a rating gives.
        public var value: Double
        /// A short name ("Established").
        public var label: String
        /// What this level looks like in practice.
        public var description: String
        /// Where it is written.
        public var location: FileLocation

        /// Creates a level.
        public init(value: Double, label: String, description: String, location: FileLocation) {
            self.value = value
            self.label = label
            self.description = description
            self.location = location
        }
    }

    /// The levels, lowest first.
    public var levels: [Level]
    /// Whether `na` is an allowed answer.
    public var allowsNotApplicable: Bool

    /// Creates a scale.
    public init(levels: [Level], allowsNotApplicable: Bool) {
        self.levels = levels
        self.allowsNotApplicable = allowsNotApplicable
    }

    /// The lowest value (0 for an empty scale, which validation refuses).
    public var minimum: Double { levels.map({ $0.value }).min() ?? 0 }
    /// The highest value.
    public var maximum: Double { levels.map({ $0.value }).max() ?? 0 }

    /// The score as a percentage of the scale's range: (score − min) / (max − min) × 100.
    public func percent(_ score: Double) -> Double {
        let range = maximum - minimum
        return range > 0 ? (score - minimum) / range * 100 : 0
    }

    /// The level with exactly this value.
    public func level(_ value: Double) -> Level? { levels.first { $0.value == value } }

    /// Whether `value` is one of the scale's values (checked for every rating read).
    public func contains(_ value: Double) -> Bool { levels.contains { $0.value == value } }

    /// The next level up from `value`, or the top when there is none.
    public func levelAbove(_ value: Double) -> Double {
        levels.map({ $0.value }).filter { $0 > value }.min() ?? maximum
    }

    /// The values as people write them: "0, 1, 2, 3, 4".
    public var valuesDescription: String {
        levels.map { NumberFormatting.plain($0.value) }.joined(separator: ", ")
    }
}
