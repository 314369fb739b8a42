import Testing
@testable import WorkbookCore
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookFormat
@testable import WorkbookForms
@testable import WorkbookLoading
@testable import WorkbookMerge
@testable import WorkbookMigration
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookRules
@testable import WorkbookScoring
@testable import WorkbookSupport
@testable import WorkbookValidation
@testable import WorkbookYAML

/// Small hand-made sets, every figure worked out in the comments.
struct ComparatorTests {
    static let ids = ["needs", "targeting", "access", "evidence"]

    static func area(
        _ name: String, overall: Double?, coverage: Double = 1, scores: [Double?] = [2, 2, 2, 2], weak: [String] = [],
        period: String = "2025/26", date: String? = nil, targets: [Target] = [], ids: [String] = ids
    ) -> AreaSummary {
        AreaSummary(
            file: "\(name)-\(period).yaml", area: name, period: period, date: date, overall: overall,
            chainStrength: scores.compactMap { $0 }.min(), coverage: coverage, elementIDs: ids, elementScores: scores,
            weakestLinks: weak, targets: targets)
    }

    @Test func ranksShareTiesAndSkipLowCoverage() throws {
        let workbook = try Fixtures.miniWorkbook()
        let comparison = Comparator.compare(
            [
                Self.area("A", overall: 2.0), Self.area("B", overall: 3.0), Self.area("C", overall: 2.0),
                Self.area("D", overall: 1.0), Self.area("E", overall: 3.5, coverage: 0.4),
            ], on: workbook)
        // B 3.0 first; A and C tie at 2.0 and share rank 2; D is 4th (competition ranking).
        // E has the highest score but only 40% coverage: flagged, not ranked, listed last.
        #expect(comparison.areas.map(\.summary.area) == ["B", "A", "C", "D", "E"])
        #expect(comparison.areas.map(\.rank) == [1, 2, 2, 4, nil])
        #expect(comparison.areas.last?.lowCoverage == true)
        // Under 5 ranked areas: no outlier fences.
        #expect(comparison.outlierFences == nil)
    }

    @Test func commonWeakestLinksCountAreasMostFirst() throws {
        let workbook = try Fixtures.miniWorkbook()
        let comparison = Comparator.compare(
            [
                Self.area("A", overall: 2, weak: ["targeting", "needs"]),
                Self.area("B", overall: 2, weak: ["targeting"]),
                Self.area("C", overall: 2, weak: ["access", "needs"]),
            ], on: workbook)
        // targeting 2, needs 2 (tie: workbook order puts needs first), access 1.
        #expect(comparison.commonWeakestLinks.map(\.element) == ["needs", "targeting", "access"])
        #expect(comparison.commonWeakestLinks.map(\.areas) == [2, 2, 1])
    }

    @Test func elementSpreadsUseRankedAreasOnly() throws {
        let workbook = try Fixtures.miniWorkbook()
        let comparison = Comparator.compare(
            [
                Self.area("A", overall: 2, scores: [1, 2, 3, nil]),
                Self.area("B", overall: 2, scores: [2, 2, 4, nil]),
                Self.area("C", overall: 2, scores: [4, 2, 1, nil]),
                Self.area("Low", overall: 2, coverage: 0.2, scores: [0, 0, 0, 0]),
            ], on: workbook)
        // needs: 1, 2, 4 → median 2, min 1, max 4 (the low-coverage area's 0 is left out).
        #expect(comparison.elements[0] == Comparison.ElementSpread(id: "needs", median: 2, min: 1, max: 4, scored: 3))
        // evidence is scored nowhere among ranked areas.
        #expect(comparison.elements[3].median == nil)
        #expect(comparison.elements[3].scored == 0)
    }

    @Test func outliersLieOutsideTukeysFences() throws {
        let workbook = try Fixtures.miniWorkbook()
        let scores: [Double] = [2.0, 2.1, 2.2, 2.3, 2.4, 0.5]
        let comparison = Comparator.compare(
            scores.enumerated().map { Self.area("A\($0.offset)", overall: $0.element) }, on: workbook)
        // Sorted 0.5, 2.0, 2.1, 2.2, 2.3, 2.4. Q1 at position 1.25: 2.0 + 0.25 × 0.1 = 2.025;
        // Q3 at position 3.75: 2.2 + 0.75 × 0.1 = 2.275. IQR 0.25; fences 1.65 and 2.65.
        let fences = try #require(comparison.outlierFences)
        #expect(abs(fences.low - 1.65) < 1e-9)
        #expect(abs(fences.high - 2.65) < 1e-9)
        #expect(comparison.areas.filter { $0.outlier != nil }.map(\.summary.area) == ["A5"])
        #expect(comparison.areas.first { $0.summary.area == "A5" }?.outlier == .low)
    }

    @Test func aMixedSetIsRefusedNamingTheFiles() {
        let summary = Self.area("A", overall: 2)
        let refusals = ComparisonIntake.refusals([
            .init(file: "a.yaml", workbookID: "pots", workbookVersion: "2021.1", summary: summary),
            .init(
                file: "b.yaml", workbookID: "christmas-tree", workbookVersion: "2009.1",
                summary: Self.area("B", overall: 2)),
        ])
        #expect(refusals.map(\.code) == ["compare.mixed-workbooks"])
        #expect(refusals.first?.message.contains("'christmas-tree': b.yaml; 'pots': a.yaml") == true)
    }

    @Test func aDuplicateAreaAndPeriodIsRefusedNamingBothFiles() {
        let refusals = ComparisonIntake.refusals([
            .init(file: "one.yaml", workbookID: "pots", workbookVersion: "1", summary: Self.area("A", overall: 2)),
            .init(file: "two.yaml", workbookID: "pots", workbookVersion: "1", summary: Self.area("A", overall: 3)),
            .init(
                file: "three.yaml", workbookID: "pots", workbookVersion: "1",
                summary: Self.area("A", overall: 3, period: "2026/27")),
        ])
        #expect(refusals.map(\.code) == ["compare.duplicate-area"])
        #expect(refusals.first?.message == "two.yaml and one.yaml both assess 'A' in 2025/26")
    }

    @Test func oneAreasPlansShareAPeriodButOnePlanTwiceIsRefused() throws {
        var tobacco = Self.area("A", overall: 2)
        tobacco.plan = "Tobacco control"
        var cvd = Self.area("A", overall: 3)
        cvd.plan = "CVD"
        let whole = Self.area("A", overall: 2.5)
        let entries: [ComparisonIntake.Entry] = [
            .init(file: "tobacco.yaml", workbookID: "pots", workbookVersion: "1", summary: tobacco),
            .init(file: "cvd.yaml", workbookID: "pots", workbookVersion: "1", summary: cvd),
            .init(file: "whole.yaml", workbookID: "pots", workbookVersion: "1", summary: whole),
        ]
        // Three different things assessed in one area and period: nothing to refuse.
        #expect(ComparisonIntake.refusals(entries).isEmpty)
        let again = ComparisonIntake.refusals(
            entries + [
                .init(file: "tobacco-copy.yaml", workbookID: "pots", workbookVersion: "1", summary: tobacco)
            ])
        #expect(
            again.map(\.message) == ["tobacco-copy.yaml and tobacco.yaml both assess 'A – Tobacco control' in 2025/26"])
        // Equal scores: the rows are ordered by area, then plan (the whole area first).
        let comparison = Comparator.compare(
            [tobacco, whole, cvd]
                .map {
                    var s = $0
                    s.overall = 2
                    return s
                }, on: try Fixtures.miniWorkbook())
        #expect(comparison.areas.map(\.summary.assessed) == ["A", "A – CVD", "A – Tobacco control"])
    }

    @Test func mixedVersionsAreRefused() {
        var old = Self.area("B", overall: 2)
        old.statedVersion = "2020.1"
        let refusals = ComparisonIntake.refusals([
            .init(file: "a.yaml", workbookID: "pots", workbookVersion: "2021.1", summary: Self.area("A", overall: 2)),
            .init(file: "b.yaml", workbookID: "pots", workbookVersion: "2021.1", summary: old),
        ])
        #expect(refusals.map(\.code) == ["compare.mixed-versions"])
    }
}

struct TrendTests {
    @Test func changesWeakLinksAndTargetsBetweenTheLastTwoRounds() throws {
        let workbook = try Fixtures.miniWorkbook()
        let location = FileLocation(file: "t", line: 1, column: 1)
        let rounds = [
            // Given out of order: the builder orders by date, then period.
            ComparatorTests.area(
                "A", overall: 2.5, scores: [2.5, 2.0, nil, 3.0], period: "2025/26", date: "2025-11-01"),
            ComparatorTests.area(
                "A", overall: 1.0, scores: [0.5, 1.0, 1.0, 1.5], period: "2023/24", date: "2023-11-01"),
            ComparatorTests.area(
                "A", overall: 1.5, scores: [1.0, 1.5, 2.0, 2.5], weak: ["needs", "targeting"], period: "2024/25",
                date: "2024-11-01",
                targets: [
                    Target(elementID: "needs", level: 2, location: location),
                    Target(elementID: "targeting", level: 3, location: location),
                    Target(elementID: "access", level: 2, location: location),
                ]),
        ]
        let trend = try TrendBuilder.trend(rounds, area: "A", workbook: workbook)
        #expect(trend.rounds.map(\.period) == ["2023/24", "2024/25", "2025/26"])
        // needs 1.0 → 2.5: +1.5; targeting 1.5 → 2.0: +0.5; access 2.0 → unscored: no change;
        // evidence 2.5 → 3.0: +0.5.
        #expect(trend.changes.map(\.change) == [1.5, 0.5, nil, 0.5])
        #expect(trend.changes[2].from == 2.0)
        #expect(trend.changes[2].to == nil)
        // 2024/25's weak links: needs now 2.5 (no longer weak), targeting now 2.0 (not below 2.0).
        #expect(trend.previousWeakestLinks.map(\.stillWeak) == [false, false])
        // Targets from 2024/25: needs 2 met (2.5), targeting 3 missed (2.0), access 2 missed (unscored).
        #expect(trend.targets.map(\.reached) == [true, false, false])
        #expect(trend.added.isEmpty && trend.removed.isEmpty)
    }

    @Test func differentVersionsCompareOnlySharedElements() throws {
        let workbook = try Fixtures.miniWorkbook()
        let before = ComparatorTests.area(
            "A", overall: 2, scores: [1, 2, 3], period: "2024", ids: ["needs", "targeting", "old"])
        let after = ComparatorTests.area(
            "A", overall: 2, scores: [2, 2, 3], period: "2025", ids: ["needs", "targeting", "access"])
        let trend = try TrendBuilder.trend([before, after], area: "A", workbook: workbook)
        #expect(trend.changes.map(\.element) == ["needs", "targeting"])
        #expect(trend.added == ["access"])
        #expect(trend.removed == ["old"])
    }

    @Test func oneRoundHasNothingToCompare() throws {
        let trend = try TrendBuilder.trend(
            [ComparatorTests.area("A", overall: 2)], area: "A", workbook: try Fixtures.miniWorkbook())
        #expect(trend.changes.isEmpty)
        #expect(trend.rounds.count == 1)
    }

    @Test func statisticsQuantilesInterpolate() {
        #expect(Statistics.quantile([1, 2, 3, 4], 0.25) == 1.75)
        #expect(Statistics.quantile([1, 2, 3, 4], 0.75) == 3.25)
        #expect(Statistics.quantile([5], 0.5) == 5)
    }
}
