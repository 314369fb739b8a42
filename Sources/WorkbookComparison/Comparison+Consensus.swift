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
        guard let index = workbook.elements.firstIndex(where: { $0.id == element }) else { return 0 }
        return index < splitAreas.count ? splitAreas[index] : 0
    }

    /// In how many areas each of the workbook's elements has a split question, in workbook
    /// order: one pass over the records, each record's pairs read once and no list made (a pass
    /// per element was 122M instructions on one thread at 10,000 files, issue 22).
    static func splitAreas(_ records: AreaRecords, workbook: Workbook) -> [Int] {
        guard records.anySplit else { return [] }
        // A record's counts are by place in its own element ids (its workbook version's):
        // for each list of ids, the workbook's element at each place (-1 for none).
        let elements = records.idLists.map { ids in
            ids.map { id in workbook.elements.firstIndex { $0.id == id } ?? -1 }
        }
        var counts = [Int](repeating: 0, count: workbook.elements.count)
        for record in records.indices {
            let places = elements[records.idList(of: record)]
            records.visitSplitCounts(record) { place, split in
                if split > 0, place < places.count, places[place] >= 0 { counts[places[place]] += 1 }
            }
        }
        return counts
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
