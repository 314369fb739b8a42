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

    /// One area's place in the ranking: which record, and what the ranking found, in 8 bytes
    /// (at 100,000 areas the ranking is held while the report is written; issue 22).
    struct Row: Sendable, Equatable {
        var record: Int32
        /// The rank (0 when not ranked) in the low 29 bits; above it whether coverage is low,
        /// and the outlier side (1 high, 2 low).
        private var packed: UInt32

        init(record: Int32, rank: Int32, lowCoverage: Bool, outlier: Outlier?) {
            // A rank is at most the number of areas, which memory keeps far below 2^29.
            precondition(rank >= 0 && rank < 1 << 29, "compare: too many areas to rank")
            self.record = record
            let side: UInt32 = outlier == .high ? 1 : outlier == .low ? 2 : 0
            packed = UInt32(rank) | (lowCoverage ? 1 << 29 : 0) | side << 30
        }

        /// 0 when not ranked.
        var rank: Int32 { Int32(packed & (1 << 29 - 1)) }
        var lowCoverage: Bool { packed & 1 << 29 != 0 }
        var outlier: Outlier? {
            switch packed >> 30 {
            case 1: .high
            case 2: .low
            default: nil
            }
        }
    }

    /// Every area in rank order, each made from its record when it is read.
    public struct Areas: RandomAccessCollection, Sendable, Equatable {
        let records: AreaRecords
        let rows: [Row]

        /// The first position.
        public var startIndex: Int { 0 }
        /// Past the last position.
        public var endIndex: Int { rows.count }

        /// The area at `position` in rank order.
        public subscript(position: Int) -> Area {
            let row = rows[position]
            return Area(
                summary: records[Int(row.record)], rank: row.rank == 0 ? nil : Int(row.rank),
                lowCoverage: row.lowCoverage, outlier: row.outlier)
        }

        /// The record of the area at `position` in rank order.
        func record(_ position: Int) -> Int { Int(rows[position].record) }

        /// The outlier side of the area at `position`, read without making the area.
        func outlier(_ position: Int) -> Outlier? { rows[position].outlier }

        /// The outliers, in rank order: only they are read back from the records.
        public var outliers: [Area] { indices.filter { outlier($0) != nil }.map { self[$0] } }
    }

    /// The workbook compared on.
    public var workbook: Workbook
    /// The areas' figures, in the order they were read.
    public var records: AreaRecords
    /// The ranking of `records`.
    var rows: [Row]
    /// Every area, in rank order (unranked last, then by area name and period).
    public var areas: Areas { Areas(records: records, rows: rows) }
    /// Elements that are weak links somewhere, most areas first.
    public var commonWeakestLinks: [CommonWeakLink]
    /// Per element across the ranked areas, in workbook order.
    public var elements: [ElementSpread]
    /// The outlier fences used: scores below `low` or above `high` are outliers (nil under 5 ranked areas).
    public var outlierFences: (low: Double, high: Double)?
    /// In how many areas each element has a split question, in workbook order (empty when
    /// none has): counted once, for `areasSplit(on:)`.
    var splitAreas: [Int] = []

    /// Whether two comparisons have the same workbook, areas, common weak links, spreads and outlier fences.
    public static func == (lhs: Comparison, rhs: Comparison) -> Bool {
        lhs.workbook == rhs.workbook && lhs.areas.elementsEqual(rhs.areas)
            && lhs.commonWeakestLinks == rhs.commonWeakestLinks
            && lhs.elements == rhs.elements && lhs.outlierFences?.low == rhs.outlierFences?.low
            && lhs.outlierFences?.high == rhs.outlierFences?.high
    }
}
