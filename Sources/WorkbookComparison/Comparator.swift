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
        // By index, not a filtered copy of the summaries: at 100,000 areas each copy is tens of MB.
        let rankable = summaries.indices.filter {
            (summaries[$0].coverage ?? 0) >= lowCoverage && summaries[$0].overall != nil
        }
        let rankedScores = rankable.compactMap { summaries[$0].overall }
        let fences = outlierFences(rankedScores)
        let descending = rankedScores.sorted(by: >)
        var areas = summaries.map { summary in
            let low = (summary.coverage ?? 0) < lowCoverage
            var outlier: Comparison.Outlier?
            if !low, let overall = summary.overall, let fences {
                if overall < fences.low { outlier = .low } else if overall > fences.high { outlier = .high }
            }
            // Rank = 1 + how many ranked areas score strictly higher: found by binary search in
            // the sorted scores, so ranking stays O(n log n) for folders of thousands.
            let rank = low ? nil : summary.overall.map { 1 + countAbove($0, in: descending) }
            return Comparison.Area(summary: summary, rank: rank, lowCoverage: low, outlier: outlier)
        }
        areas = sortedByRank(areas)
        return Comparison(
            workbook: workbook, areas: areas,
            commonWeakestLinks: commonWeakestLinks(summaries, workbook: workbook),
            elements: spreads(summaries, rankable, workbook: workbook),
            outlierFences: fences)
    }

    /// The areas by rank (unranked last), then by area, plan, period and file; areas equal in
    /// all of those keep their order. A large set is sorted in two halves on two cores and
    /// merged, by index, so the areas themselves are moved once.
    static func sortedByRank(_ areas: [Comparison.Area]) -> [Comparison.Area] {
        let before: @Sendable (Int, Int) -> Bool = { left, right in
            let lhs = areas[left]
            let rhs = areas[right]
            switch (lhs.rank, rhs.rank) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let leftKey = (lhs.summary.area, lhs.summary.plan ?? "", lhs.summary.period, lhs.summary.file)
                let rightKey = (rhs.summary.area, rhs.summary.plan ?? "", rhs.summary.period, rhs.summary.file)
                return leftKey != rightKey ? leftKey < rightKey : left < right
            }
        }
        var order: [Int]
        if areas.count < parallelSort {
            order = Array(areas.indices).sorted(by: before)
        } else {
            let middle = areas.count / 2
            let halves = Parallel.map(2) { half in
                Array(half == 0 ? 0..<middle : middle..<areas.count).sorted(by: before)
            }
            let (first, second) = (halves[0], halves[1])
            order = []
            order.reserveCapacity(areas.count)
            var i = 0
            var j = 0
            while i < first.count, j < second.count {
                // Ties go to the first half: the indices break them, so this is the same order.
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
        }
        return order.map { areas[$0] }
    }

    /// From this many areas the ranking is sorted on two cores.
    static let parallelSort = 4096

    /// How many of the scores (sorted highest first) are strictly above `score`.
    static func countAbove(_ score: Double, in descending: [Double]) -> Int {
        var low = 0
        var high = descending.count
        while low < high {
            let mid = (low + high) / 2
            if descending[mid] > score { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func outlierFences(_ scores: [Double]) -> (low: Double, high: Double)? {
        guard scores.count >= 5 else { return nil }
        let q1 = Statistics.quantile(scores, 0.25)
        let q3 = Statistics.quantile(scores, 0.75)
        let iqr = q3 - q1
        return (q1 - 1.5 * iqr, q3 + 1.5 * iqr)
    }

    static func commonWeakestLinks(_ summaries: [AreaSummary], workbook: Workbook) -> [Comparison.CommonWeakLink] {
        var counts: [String: Int] = [:]
        for summary in summaries { for id in summary.weakestLinks { counts[id, default: 0] += 1 } }
        let order = Dictionary(uniqueKeysWithValues: workbook.elements.enumerated().map { ($1.id, $0) })
        return counts.map { Comparison.CommonWeakLink(element: $0.key, areas: $0.value) }
            .sorted { ($1.areas, order[$0.element] ?? 0) < ($0.areas, order[$1.element] ?? 0) }
    }

    /// Each element's median and range over the areas, the elements shared among the cores.
    /// (Over the summaries at `included`: the ranked areas.)
    static func spreads(_ summaries: [AreaSummary], _ included: [Int], workbook: Workbook) -> [Comparison.ElementSpread]
    {
        let elements = workbook.elements
        let spread: @Sendable (Int) -> Comparison.ElementSpread = { index in
            let element = elements[index]
            let scores = included.compactMap { summaries[$0].score(element.id, at: index) }
            return Comparison.ElementSpread(
                id: element.id, median: scores.isEmpty ? nil : Statistics.median(scores),
                min: scores.min(), max: scores.max(), scored: scores.count)
        }
        guard included.count >= parallelSort else { return elements.indices.map(spread) }
        return Parallel.map(elements.count, spread)
    }
}
