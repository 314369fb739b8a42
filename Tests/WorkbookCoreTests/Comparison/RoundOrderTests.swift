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
@testable import WorkbookYAML

/// Rounds in the order they happened (issue 13): by date, else by a period that reads as a
/// time, and refused when neither says when.
struct RoundOrderTests {
    @Test(arguments: [
        ("2024/25", 2024, 4), ("2024-25", 2024, 4), ("2024/2025", 2024, 4), ("FY 2024/25", 2024, 4),
        ("2025", 2025, 1), ("Q3 2025", 2025, 7), ("2025 Q3", 2025, 7), ("2025-Q1", 2025, 1), ("2025-11", 2025, 11),
    ])
    func periodsReadAsTheStartOfATime(_ period: String, _ year: Int, _ month: Int) {
        #expect(RoundOrder.periodKey(period) == (year * 12 + month - 1) * 31, "\(period)")
    }

    @Test(arguments: ["Spring workshop", "2024/26", "Q5 2025", "25/26", "", "round 2"])
    func otherPeriodsDoNotReadAsATime(_ period: String) {
        #expect(RoundOrder.periodKey(period) == nil, "\(period)")
    }

    @Test func undatedRoundsArePlacedByTheirPeriod() throws {
        let rounds = [
            ComparatorTests.area("A", overall: 2, period: "2025/26", date: "2025-11-01"),
            ComparatorTests.area("A", overall: 1, period: "2023/24"),  // undated: would sort first as ""
            ComparatorTests.area("A", overall: 1.5, period: "2024/25"),
        ]
        let ordered = try RoundOrder.order(rounds).get()
        #expect(ordered.rounds.map(\.period) == ["2023/24", "2024/25", "2025/26"])
        #expect(ordered.placedByPeriod == ["2023/24", "2024/25"])
        // An undated later round is no longer put first and measured against.
        let later = [
            ComparatorTests.area("A", overall: 1, period: "2023/24", date: "2023-11-01"),
            ComparatorTests.area("A", overall: 2, period: "2025/26"),
            ComparatorTests.area("A", overall: 1.5, period: "2024/25", date: "2024-11-01"),
        ]
        let trend = try TrendBuilder.trend(later, area: "A", workbook: try Fixtures.miniWorkbook())
        #expect(trend.rounds.map(\.period) == ["2023/24", "2024/25", "2025/26"])
        #expect(trend.placedByPeriod == ["2025/26"])
    }

    @Test func aRoundThatCannotBePlacedIsRefusedByFile() throws {
        let rounds = [
            ComparatorTests.area("A", overall: 2, period: "2025/26", date: "2025-11-01"),
            ComparatorTests.area("A", overall: 1, period: "Spring workshop"),
        ]
        guard case .failure(let unknown) = RoundOrder.order(rounds) else {
            Issue.record("a round with no date and an unreadable period must be refused")
            return
        }
        #expect(unknown.files == ["A-Spring workshop.yaml"])
        #expect(throws: RoundOrder.Unknown.self) {
            try TrendBuilder.trend(rounds, area: "A", workbook: try Fixtures.miniWorkbook())
        }
    }

    @Test func anEarlierRoundIsTold() {
        #expect(RoundOrder.isBefore(date: nil, period: "2024/25", date: "2025-11-14", period: "2025/26") == true)
        #expect(
            RoundOrder.isBefore(date: "2025-11-14", period: "2025/26", date: "2024-11-20", period: "2024/25") == false)
        #expect(RoundOrder.isBefore(date: nil, period: "spring", date: nil, period: "2025") == nil)
    }
}
