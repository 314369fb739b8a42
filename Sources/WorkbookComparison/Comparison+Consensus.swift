import WorkbookModel
public import WorkbookScoring

/// What `compare` says about agreement across areas: per element, in how many areas it was
/// split, and the areas whose stakeholder groups see an element a level or more apart.
extension Comparison {
    /// One area's group gap on one element.
    public struct AreaGroupGap: Sendable, Equatable {
        /// The area.
        public var area: String
        /// Its round.
        public var period: String
        /// The gap.
        public var gap: GroupGap
    }

    /// In how many of the compared areas the element has a split question.
    public func areasSplit(on element: String) -> Int {
        areas.filter { $0.summary.splitCount(element) > 0 }.count
    }

    /// Whether any area has a split question.
    public var anySplit: Bool { areas.contains { !$0.summary.splitCounts.isEmpty } }

    /// Every area's group gaps, in workbook order of the element, then in the areas' order.
    public var groupGaps: [AreaGroupGap] {
        workbook.elements.flatMap { element in
            areas.compactMap { area in
                area.summary.groupGaps.first { $0.element == element.id }
                    .map {
                        AreaGroupGap(area: area.summary.area, period: area.summary.period, gap: $0)
                    }
            }
        }
    }
}
