import WorkbookDiagnostics
public import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// Compares many areas on one workbook: ranks, common weakest links, spreads and outliers.
///
/// The rules (docs/compare.md says the same to reviewers):
/// - an area whose coverage is below `lowCoverage` (half its questions) is flagged and not
///   ranked, nor counted in element spreads or outlier fences: it would not be comparable;
/// - rank 1 is the highest overall score; equal scores share a rank (1, 2, 2, 4);
/// - outliers are ranked areas whose overall score lies outside Tukey's fences,
///   Q1 − 1.5 × IQR and Q3 + 1.5 × IQR of the ranked areas' overall scores, with at
///   least 5 ranked areas (with fewer, nothing is called an outlier).
public enum Comparator {
    /// Coverage below this is too low to rank.
    public static let lowCoverage = Assessment.lowCoverageThreshold

    /// Compares the areas.
    public static func compare(_ summaries: [AreaSummary], on workbook: Workbook) -> Comparison {
        compare(AreaRecords(summaries), on: workbook)
    }

    /// Compares the areas of the records, ranking their indices: no area is copied. The steps
    /// run one after another so that few per-area lists are held at once (issue 22: at 100,000
    /// areas each costs about a megabyte).
    public static func compare(_ records: AreaRecords, on workbook: Workbook) -> Comparison {
        var rankable = records.indices
            .filter {
                let (overall, coverage) = records.overallAndCoverage($0)
                return (coverage ?? 0) >= lowCoverage && overall != nil
            }
            .map { Int32($0) }
        let elements = spreads(records, rankable, workbook: workbook)
        // Sorted lowest first, for the fences' quartiles and for ranking by binary search.
        var ascending = rankable.compactMap { records.overallAndCoverage(Int($0)).overall }
        rankable = []
        ascending.sort()
        let fences = outlierFences(sorted: ascending)
        var rows: [Comparison.Row] = []
        rows.reserveCapacity(records.count)
        for index in records.indices {
            let (overall, coverage) = records.overallAndCoverage(index)
            let low = (coverage ?? 0) < lowCoverage
            var outlier: Comparison.Outlier?
            if !low, let overall, let fences {
                if overall < fences.low { outlier = .low } else if overall > fences.high { outlier = .high }
            }
            // Rank = 1 + how many ranked areas score strictly higher: found by binary search in
            // the sorted scores, so ranking stays O(n log n) for folders of thousands.
            var rank = 0
            if !low, let overall { rank = 1 + countAbove(overall, in: ascending) }
            rows.append(Comparison.Row(record: Int32(index), rank: Int32(rank), lowCoverage: low, outlier: outlier))
        }
        ascending = []
        var comparison = Comparison(
            workbook: workbook, records: records, rows: sortedByRank(rows, records),
            commonWeakestLinks: commonWeakestLinks(records, workbook: workbook), elements: elements,
            outlierFences: fences)
        comparison.splitAreas = Comparison.splitAreas(records, workbook: workbook)
        return comparison
    }

    /// The rows by rank (unranked last), then by area, plan, period and file; rows equal in
    /// all of those keep their order (the rows come in record order, so the record decides).
    /// A large set is sorted in two halves on two cores and merged.
    static func sortedByRank(_ rows: consuming [Comparison.Row], _ records: AreaRecords) -> [Comparison.Row] {
        let before: @Sendable (Comparison.Row, Comparison.Row) -> Bool = { lhs, rhs in
            switch (lhs.rank, rhs.rank) {
            case let (l, r) where l != 0 && r != 0 && l != r: return l < r
            case let (0, r) where r != 0: return false
            case let (l, 0) where l != 0: return true
            default:
                return records.keyOrder(Int(lhs.record), Int(rhs.record)) ?? (lhs.record < rhs.record)
            }
        }
        guard rows.count >= parallelSort else { return rows.sorted(by: before) }
        let middle = rows.count / 2
        let all = rows
        var halves = Parallel.map(2) { half in (half == 0 ? all[..<middle] : all[middle...]).sorted(by: before) }
        // The unsorted rows go before the merge: two lists of the rows are held, never three.
        _ = consume rows
        _ = consume all
        let (first, second) = (halves[0], halves[1])
        halves = []
        var order: [Comparison.Row] = []
        order.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        while i < first.count, j < second.count {
            // Ties go to the first half: the records break them, so this is the same order.
            if before(second[j], first[i]) {
                order.append(second[j])
                j += 1
            } else {
                order.append(first[i])
                i += 1
            }
        }
        order += first[i...]
        order += second[j...]
        return order
    }

    /// From this many areas the ranking is sorted on two cores.
    static let parallelSort = 4096

    /// How many of the scores (sorted lowest first) are strictly above `score`.
    static func countAbove(_ score: Double, in ascending: [Double]) -> Int {
        var low = 0
        var high = ascending.count
        while low < high {
            let mid = (low + high) / 2
            if ascending[mid] > score { high = mid } else { low = mid + 1 }
        }
        return ascending.count - low
    }

    static func outlierFences(sorted scores: [Double]) -> (low: Double, high: Double)? {
        guard scores.count >= 5 else { return nil }
        let q1 = Statistics.quantile(sorted: scores, 0.25)
        let q3 = Statistics.quantile(sorted: scores, 0.75)
        let iqr = q3 - q1
        return (q1 - 1.5 * iqr, q3 + 1.5 * iqr)
    }

    /// How many areas have each element as a weak link, most first, then in workbook order.
    /// Counted by place in each list of element ids, then added up by id.
    static func commonWeakestLinks(_ records: AreaRecords, workbook: Workbook) -> [Comparison.CommonWeakLink] {
        var byPlace = records.idLists.map { [Int](repeating: 0, count: $0.count) }
        var counts: [String: Int] = [:]
        for index in records.indices {
            let list = records.idList(of: index)
            if let links = records.visitWeakLinks(index, { byPlace[list][$0] += 1 }) {
                for id in links { counts[id, default: 0] += 1 }
            }
        }
        for (list, ids) in records.idLists.enumerated() {
            for (place, id) in ids.enumerated() where byPlace[list][place] > 0 {
                counts[id, default: 0] += byPlace[list][place]
            }
        }
        let order = Dictionary(uniqueKeysWithValues: workbook.elements.enumerated().map { ($1.id, $0) })
        // Ties of ids the workbook does not have go by id, so the order never hangs on the
        // dictionary's.
        return counts.map { Comparison.CommonWeakLink(element: $0.key, areas: $0.value) }
            .sorted {
                ($1.areas, order[$0.element] ?? 0, $0.element) < ($0.areas, order[$1.element] ?? 0, $1.element)
            }
    }

    /// Each element's median and range over the areas, the elements shared among the cores.
    /// (Over the records at `included`: the ranked areas.)
    static func spreads(_ records: AreaRecords, _ included: [Int32], workbook: Workbook)
        -> [Comparison.ElementSpread]
    {
        let elements = workbook.elements
        // Where each record's scores start, and where each element is in each list of ids,
        // found once rather than once per element (13 walks of every record, for POTS).
        let starts = included.map { UInt32(records.scoresStart(Int($0))) }
        let positions = records.positions(of: workbook)
        let spread: @Sendable (Int) -> Comparison.ElementSpread = { index in
            let element = elements[index]
            let placeIn = positions.map { $0[index] }
            // Sorted in place, the one list of an element's scores gives all three figures.
            var scores: [Double] = []
            scores.reserveCapacity(included.count)
            for record in included.indices {
                let position = placeIn[records.idList(of: Int(included[record]))]
                if position >= 0, let score = records.score(from: Int(starts[record]), at: position) {
                    scores.append(score)
                }
            }
            scores.sort()
            return Comparison.ElementSpread(
                id: element.id, median: scores.isEmpty ? nil : Statistics.median(sorted: scores),
                min: scores.first, max: scores.last, scored: scores.count)
        }
        guard included.count >= parallelSort else { return elements.indices.map(spread) }
        return Parallel.map(elements.count, spread)
    }
}
