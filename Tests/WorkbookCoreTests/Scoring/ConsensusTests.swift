import Foundation
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
@testable import WorkbookYAML

/// Agreement and split, worked by hand on the mini workbook's 0–4 scale. Quartiles are
/// QUARTILE.INC: the value at position p × (n − 1) of the sorted ratings, interpolated.
struct ConsensusTests {
    static func figures(_ ratings: [Double], settings: ConsensusSettings = ConsensusSettings()) throws
        -> QuestionConsensus
    {
        var workbook = try Fixtures.miniWorkbook()
        workbook.consensus = settings
        return Consensus.figures(ratings, id: "q", element: "e", in: workbook)
    }

    @Test func anOddCountInAgreement() throws {
        // 1 2 2 3 4: median 2; Q1 at position 1 = 2, Q3 at position 3 = 3; levels 1–3 hold 4 of 5.
        let q = try Self.figures([3, 1, 4, 2, 2])
        #expect(q.median == 2)
        #expect(q.lowerQuartile == 2)
        #expect(q.upperQuartile == 3)
        #expect(q.interquartileRange == 1)
        #expect(q.withinOneLevel == 0.8)
        #expect(q.status == .agreement)  // 1 outside, fewer than a third of 5
    }

    @Test func anEvenCountCanBeContestedYetInAgreement() throws {
        // 1 2 2 4 (the worked example's needs-voice): median 2; Q1 at 0.75 = 1.75, Q3 at 2.25 = 2.5.
        let q = try Self.figures([1, 2, 4, 2])
        #expect(q.median == 2)
        #expect(q.lowerQuartile == 1.75)
        #expect(q.upperQuartile == 2.5)
        #expect(q.interquartileRange == 0.75)
        #expect(q.withinOneLevel == 0.75)
        #expect(q.status == .agreement)  // only the 4 is outside 1–3: one of four
    }

    @Test func anEvenCountSplit() throws {
        // 0 1 3 4: median 2; Q1 0.75, Q3 3.25; only 1 and 3 are within 1–3: half outside.
        let q = try Self.figures([4, 0, 3, 1])
        #expect(q.median == 2)
        #expect(q.lowerQuartile == 0.75)
        #expect(q.upperQuartile == 3.25)
        #expect(q.interquartileRange == 2.5)
        #expect(q.withinOneLevel == 0.5)
        #expect(q.status == .split)
    }

    @Test func tiesAtTheMedianAndEitherSideOfIt() throws {
        let same = try Self.figures([2, 2, 2, 2])
        #expect(same.median == 2)
        #expect(same.interquartileRange == 0)
        #expect(same.withinOneLevel == 1)
        #expect(same.status == .agreement)
        // 1 1 4 4: median 2.5, between two levels; levels 1–3 hold the two 1s, levels 2–4 the two 4s.
        let halves = try Self.figures([1, 4, 1, 4])
        #expect(halves.median == 2.5)
        #expect(halves.lowerQuartile == 1)
        #expect(halves.upperQuartile == 4)
        #expect(halves.withinOneLevel == 0.5)
        #expect(halves.status == .split)
        // 2 3: median 2.5; levels 1–3 hold both.
        let neighbours = try Self.figures([2, 3])
        #expect(neighbours.withinOneLevel == 1)
        #expect(neighbours.status == .agreement)
    }

    @Test func aSingleRatingHasNoStatus() throws {
        let q = try Self.figures([3])
        #expect(q.median == 3)
        #expect(q.interquartileRange == 0)
        #expect(q.withinOneLevel == 1)
        #expect(q.status == nil)
    }

    @Test func fourOfTwelveOutsideIsSplitAndThreeIsNot() throws {
        // The published rule: split when at least four of twelve lie outside the region.
        let four = try Self.figures(Array(repeating: 2, count: 8) + [0, 0, 4, 4])
        #expect(four.withinOneLevel == 8.0 / 12.0)
        #expect(four.status == .split)
        let three = try Self.figures(Array(repeating: 2, count: 9) + [0, 0, 4])
        #expect(three.status == .agreement)
        // Written as a rounded share, the rule reads the same.
        #expect(
            try Self.figures(Array(repeating: 2, count: 8) + [0, 0, 4, 4], settings: .init(splitShare: 0.3333)).status
                == .split)
    }

    @Test func theWorkbookMayAddAnInterquartileRangeTest() throws {
        // 1 1 2 3 3: all within 1–3, so in agreement by share; but Q1 1, Q3 3: IQR 2.
        #expect(try Self.figures([1, 1, 2, 3, 3]).status == .agreement)
        #expect(try Self.figures([1, 1, 2, 3, 3], settings: .init(maxIQR: 1)).status == .split)
        #expect(try Self.figures([1, 2, 2, 3, 4], settings: .init(maxIQR: 1)).status == .agreement)  // IQR exactly 1
    }

    static let workshop = """
        workbook: mini
        area: Testshire
        period: 2025/26
        stakeholder_groups: [council, community]
        raters:
          a: {group: council}
          b: {group: council}
          Zoë: {group: community}
        answers:
          needs-data:
            ratings: {a: 3, b: 4, Zoë: 1}
          needs-voice:
            ratings: {a: 3, b: 2, Zoë: 1}
          needs-gaps: 2
          target-deprived:
            ratings: {a: 2, Zoë: 2}
          target-groups:
            ratings: [0, 4]
          access-hours:
            ratings: {a: 4, b: 4}
        """

    @Test func groupScoresAndGapsPerElement() throws {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(.yaml(Self.workshop), resolver: try Fixtures.miniResolver()).value)
        let summary = WorkbookPipeline.report(loaded).assessment.consensus
        #expect(summary.groups == ["council", "community"])
        // needs: council rates needs-data 3, 4 (median 3.5) and needs-voice 3, 2 (2.5), weights 1 and 2:
        // (3.5 + 2 × 2.5) / 3 = 17/6. Community: (1 + 2 × 1) / 3 = 1. needs-gaps is nobody's.
        let needs = try #require(summary.element("needs"))
        #expect(needs.groups.map(\.score) == [17.0 / 6.0, 1])
        // targeting: both groups rated target-deprived 2 (the unnamed [0, 4] is no group's).
        #expect(summary.element("targeting")?.groups.map(\.score) == [2, 2])
        // access: only the council rated it; evidence: nobody.
        #expect(summary.element("access")?.groups.map(\.score) == [4, nil])
        #expect(summary.element("evidence")?.groups.map(\.score) == [nil, nil])
        // Gaps of a level or more: needs only, 17/6 − 1 = 11/6.
        #expect(
            summary.gaps == [
                GroupGap(element: "needs", low: "community", lowScore: 1, high: "council", highScore: 17.0 / 6.0)
            ])
        #expect(summary.gapThreshold == 1)
        // Split: needs-data 1 3 4 (median 3; 1 is outside 2–4: one of three) and target-groups 0 4.
        #expect(summary.split.map(\.question) == ["needs-data", "target-groups"])
        #expect(needs.rated == 2)
        #expect(needs.split == 1)
        #expect(summary.element("targeting")?.split == 1)
    }

    @Test func aWorkbookMaySetTheGapReported() throws {
        var workbook = try Fixtures.miniWorkbook()
        workbook.consensus.groupGap = 2
        let resolver = WorkbookResolver.only(CompiledWorkbook(workbook: workbook, rules: []))
        let loaded = try #require(WorkbookPipeline.loadResponse(.yaml(Self.workshop), resolver: resolver).value)
        #expect(WorkbookPipeline.report(loaded).assessment.consensus.gaps.isEmpty)  // 11/6 is below 2
    }

    @Test func responsesWithoutGroupsHaveNoGroupScores() throws {
        let loaded = try #require(
            WorkbookPipeline.loadResponse(
                try Fixtures.input("valid/mini-response.yaml"), resolver: try Fixtures.miniResolver()
            )
            .value)
        let summary = WorkbookPipeline.report(loaded).assessment.consensus
        #expect(summary.groups.isEmpty)
        #expect(summary.gaps.isEmpty)
        // needs-voice 1 2 4 2 and access-travel 2 3 have two or more ratings; neither is split.
        #expect(summary.questions.map(\.question) == ["needs-voice", "access-travel"])
        #expect(summary.split.isEmpty)
    }

    @Test func consensusSettingsAreReadAndChecked() throws {
        let good = try #require(
            WorkbookPipeline.loadWorkbook(.yaml(try Self.miniWith("split_share: 0.25, max_iqr: 1, group_gap: 1.5")))
                .value)
        #expect(good.workbook.consensus == ConsensusSettings(maxSpread: 2, splitShare: 0.25, maxIQR: 1, groupGap: 1.5))
        let bad = WorkbookPipeline.loadWorkbook(.yaml(try Self.miniWith("split_share: 1.5, group_gap: 0")))
        #expect(
            bad.diagnostics.map(\.message) == [
                "'split_share' in 'consensus' is a share of the ratings: above 0, at most 1",
                "'group_gap' in 'consensus' should be above 0",
            ])
    }

    @Test func theSplitCountsAreThoseOfTheWholeSummary() throws {
        // Ratings with every kind of status, under the default rule, a stricter share and an IQR limit.
        let text = """
            workbook: mini
            area: Testshire
            period: 2025/26
            answers:
              needs-data: {ratings: [1, 1, 2, 3, 3]}
              needs-voice: {ratings: [0, 4, 4, 1]}
              needs-gaps: {ratings: [2]}
              target-deprived: {ratings: [0, 1, 2, 3, 4, 4]}
              target-groups: 3
              access-hours: {ratings: [1, 2, 2, 3, 4]}
              access-travel: {ratings: [4, 4, 0]}
            """
        for settings in ["", "split_share: 0.2", "max_iqr: 1"] {
            let workbook =
                settings.isEmpty
                ? try #require(try Fixtures.input("valid/mini.yaml").text) : try Self.miniWith(settings)
            let compiled = try #require(WorkbookPipeline.loadWorkbook(.yaml(workbook)).value)
            let response = try #require(ResponseLoader.load(.yaml(text), resolver: .only(compiled)).value?.response)
            let summary = Consensus.summarise(compiled.workbook, response)
            #expect(Consensus.splitCounts(compiled.workbook, response) == summary.elements.map(\.split), "\(settings)")
            #expect(summary.elements.contains { $0.split > 0 })
        }
    }

    static func miniWith(_ consensus: String) throws -> String {
        let text = try #require(try Fixtures.input("valid/mini.yaml").text)
        return text.replacingOccurrences(
            of: "consensus: { max_spread: 2 }", with: "consensus: { max_spread: 2, \(consensus) }")
    }
}

/// Rules read agreement too: `q.split` per question, `split` (a count) per element.
struct ConsensusRuleTests {
    @Test func rulesCanFindSplitQuestionsAndElements() throws {
        let rules = """
            rules:
              - id: split-question
                for_each: question
                when: split
                severity: info
                message: "{id} is split"
              - id: split-element
                for_each: element
                when: split >= 1
                severity: warning
                message: "{title} has {split} split question(s)"
            """
        let text = try #require(try Fixtures.input("valid/mini.yaml").text) + rules + "\n"
        let compiled = try #require(WorkbookPipeline.loadWorkbook(.yaml(text, name: "mini-rules.yaml")).value)
        let loaded = try #require(
            WorkbookPipeline.loadResponse(.yaml(ConsensusTests.workshop), resolver: .only(compiled)).value)
        let findings = WorkbookPipeline.report(loaded).findings.map(\.message)
        #expect(
            findings == [
                "needs-data is split", "target-groups is split",
                "Needs assessment has 1 split question(s)", "Equitable targeting has 1 split question(s)",
            ])
    }
}
