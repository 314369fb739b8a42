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
        // From the records: no area is made again to read one count.
        guard records.anySplit else { return 0 }
        let expected = workbook.elements.firstIndex { $0.id == element } ?? 0
        // Every record has one row: the records are counted in their own order.
        return records.indices.count(where: { records.splitCount($0, element, at: expected) > 0 })
    }

    /// Whether any area has a split question.
    public var anySplit: Bool { records.anySplit }

    /// Every area's group gaps, in workbook order of the element, then in the areas' order.
    public var groupGaps: [AreaGroupGap] {
        guard records.anyGroupGap else { return [] }
        return workbook.elements.flatMap { element in
            rows.compactMap { row in
                let record = Int(row.record)
                return records.groupGaps(record).first { $0.element == element.id }
                    .map {
                        AreaGroupGap(area: records.area(record), period: records.period(record), gap: $0)
                    }
            }
        }
    }
}
