public import WorkbookModel

/// Many areas assessed on one workbook, side by side: what `workbook compare` reports.
public struct Comparison: Sendable, Equatable {
    /// One area's row.
    public struct Area: Sendable, Equatable {
        /// The area's figures.
        public var summary: AreaSummary
        /// 1 = highest overall; ties share a rank. Nil for areas not ranked (low coverage, unscored).
        public var rank: Int?
        /// Whether coverage is below `Comparator.lowCoverage`, so the area is flagged, not ranked.
        public var lowCoverage: Bool
        /// Whether its overall score is an outlier among the ranked areas.
        public var outlier: Outlier?
    }

    /// Which side of the others an outlier is on.
    public enum Outlier: String, Sendable, Equatable {
        case high, low
    }

    /// How many areas have an element among their weakest links.
    public struct CommonWeakLink: Sendable, Equatable {
        /// The element.
        public var element: String
        /// How many areas.
        public var areas: Int
    }

    /// An element's spread across the compared areas.
    public struct ElementSpread: Sendable, Equatable {
        /// The element.
        public var id: String
        /// Its median score across areas where it is scored (nil when none).
        public var median: Double?
        /// Its lowest score across areas where it is scored (nil when none).
        public var min: Double?
        /// Its highest score across areas where it is scored (nil when none).
        public var max: Double?
        /// In how many areas it is scored.
        public var scored: Int
    }

    /// The workbook compared on.
    public var workbook: Workbook
    /// Every area, in rank order (unranked last, then by area name and period).
    public var areas: [Area]
    /// Elements that are weak links somewhere, most areas first.
    public var commonWeakestLinks: [CommonWeakLink]
    /// Per element across the ranked areas, in workbook order.
    public var elements: [ElementSpread]
    /// The outlier fences used: scores below `low` or above `high` are outliers (nil under 5 ranked areas).
    public var outlierFences: (low: Double, high: Double)?

    /// Whether two comparisons have the same workbook, areas, common weak links, spreads and outlier fences.
    public static func == (lhs: Comparison, rhs: Comparison) -> Bool {
        lhs.workbook == rhs.workbook && lhs.areas == rhs.areas && lhs.commonWeakestLinks == rhs.commonWeakestLinks
            && lhs.elements == rhs.elements && lhs.outlierFences?.low == rhs.outlierFences?.low
            && lhs.outlierFences?.high == rhs.outlierFences?.high
    }
}
