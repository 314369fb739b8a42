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

/// Every expectation here is computed by hand in the comments, from Fixtures/valid/mini.yaml
/// and mini-response.yaml (the same worked example as docs/scoring.md).
struct ScorerTests {
    private func miniAssessment() throws -> Assessment {
        let loaded = try #require(
            ResponseLoader.load(try Fixtures.input("valid/mini-response.yaml"), resolver: try Fixtures.miniResolver())
                .value)
        return Scorer.assess(loaded.workbook, loaded.response)
    }

    private func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) < 1e-9
    }

    @Test func questionScoresUseTheMedianAndSpread() throws {
        let needs = try #require(try miniAssessment().element("needs"))
        // needs-voice ratings [1, 2, 4, 2] sorted [1, 2, 2, 4]: even count, median (2 + 2) / 2 = 2.
        let voice = needs.questions[1]
        #expect(voice.score == 2)
        // spread 4 − 1 = 3 > max_spread 2: contested.
        #expect(voice.spread == 3)
        #expect(voice.contested)
        // needs-gaps is na: no score, not contested, marked not applicable.
        #expect(needs.questions[2].notApplicable)
        #expect(needs.questions[2].score == nil)
        // A single agreed rating has spread 0; an unanswered or na question has none.
        #expect(needs.questions[0].spread == 0)
        #expect(needs.questions[2].spread == nil)
    }

    @Test func elementScoreIsTheWeightedMeanOfAnsweredQuestions() throws {
        let assessment = try miniAssessment()
        // needs: needs-data 3 (weight 1), needs-voice 2 (weight 2), needs-gaps na.
        // (3×1 + 2×2) / (1 + 2) = 7/3 = 2.3333…
        let needs = try #require(assessment.element("needs"))
        #expect(close(needs.score, 7.0 / 3.0))
        // coverage = answered / (questions − na) = 2 / (3 − 1) = 1.
        #expect(needs.coverage == 1)
        #expect(needs.derivation.excluded == [.init(id: "needs-gaps", reason: "not applicable")])
        // targeting: (1 + 2) / 2 = 1.5, exactly on the weak band's 'below: 1.5', so 'developing'.
        let targeting = try #require(assessment.element("targeting"))
        #expect(targeting.score == 1.5)
        #expect(targeting.reading?.band?.id == "developing")
        // access: access-hours 4, access-travel median of [2, 3] = 2.5; (4 + 2.5) / 2 = 3.25.
        #expect(assessment.element("access")?.score == 3.25)
        // percent on a 0–4 scale: 3.25 / 4 × 100 = 81.25.
        #expect(assessment.element("access")?.reading?.percent == 81.25)
    }

    @Test func anElementWithNoAnswerIsUnscoredAndLeftOut() throws {
        let assessment = try miniAssessment()
        let evidence = try #require(assessment.element("evidence"))
        #expect(evidence.score == nil)
        #expect(evidence.reading == nil)
        #expect(evidence.coverage == 0)
        // services group = access only (evidence unscored): 3.25.
        let services = try #require(assessment.group("services"))
        #expect(services.score == 3.25)
        #expect(services.derivation.excluded == [.init(id: "evidence", reason: "not scored")])
        #expect(assessment.missing == ["evidence-nice"])
    }

    @Test func groupAndOverallAreWeightedMeansOfScoredElements() throws {
        let assessment = try miniAssessment()
        // people: needs 7/3 (weight 1), targeting 1.5 (weight 2): (7/3 + 3) / 3 = 16/9 = 1.7778.
        #expect(close(assessment.group("people")?.score, 16.0 / 9.0))
        // overall: (7/3×1 + 1.5×2 + 3.25×1) / 4 = (7/3 + 6.25) / 4 = 103/48 = 2.1458…
        #expect(close(assessment.overall?.score, 103.0 / 48.0))
        // chain strength: the lowest scored element, targeting at 1.5.
        #expect(assessment.chainStrength?.score == 1.5)
        #expect(assessment.chainElement == "targeting")
        // coverage: answered 2 + 2 + 2 + 0 = 6 of applicable 2 + 2 + 2 + 1 = 7.
        #expect(close(assessment.coverage, 6.0 / 7.0))
    }

    @Test func weakestLinksAndContested() throws {
        let assessment = try miniAssessment()
        // mini's weak links are below 1.5, strictly: targeting at exactly 1.5 is not one.
        #expect(assessment.weakestLinks == [])
        // With the threshold at 2.0: targeting (1.5) only; needs is 2.33.
        var workbook = assessment.workbook
        workbook.weakestLinks.below = 2.0
        #expect(Scorer.assess(workbook, assessment.response).weakestLinks == ["targeting"])
        #expect(assessment.contested == ["needs-voice"])
        #expect(assessment.breakPoint == nil, "only chain workbooks have a break point")
    }

    @Test func leverageRaisesEachAnsweredQuestionOneLevel() throws {
        let assessment = try miniAssessment()
        // targeting: 1 → 2 and 2 → 3, so 2.5; overall (7/3 + 5 + 3.25) / 4 = 10.5833/4;
        // gain = (2.5 − 1.5) × 2 / 4 = 0.5. Chain: new lowest is needs 7/3, gain 7/3 − 1.5 = 0.8333.
        let first = try #require(assessment.leverage.first)
        #expect(first.element == "targeting")
        #expect(close(first.overallGain, 0.5))
        #expect(close(first.chainGain, 7.0 / 3.0 - 1.5))
        // needs: 3 → 4, 2 → 3: (4 + 6) / 3 = 10/3, up 1; overall gain 1 × 1 / 4 = 0.25; chain unchanged.
        let needs = try #require(assessment.leverage.first { $0.element == "needs" })
        #expect(close(needs.overallGain, 0.25))
        #expect(needs.chainGain == 0)
        // access: 4 stays 4 (top), 2.5 → 3: (4 + 3) / 2 = 3.5, up 0.25; overall gain 0.0625.
        #expect(close(assessment.leverage.first { $0.element == "access" }?.overallGain, 0.0625))
        // The unscored element has no leverage.
        #expect(!assessment.leverage.contains { $0.element == "evidence" })
        #expect(assessment.leverage.map(\.element) == ["targeting", "needs", "access"])
    }

    @Test func weakestLinkTiesGoToHigherWeightThenWorkbookOrder() throws {
        var workbook = try Fixtures.miniWorkbook()
        workbook.weakestLinks = WeakestLinksSettings(below: 2.0, show: 2)
        let answers: [Answer] = workbook.questions.map {
            Answer(questionID: $0.id, value: .rating(1), evidence: nil, location: workbook.location)
        }
        let response = Response(
            workbookID: "mini", workbookVersion: nil, area: "A", period: "1", date: nil, facilitator: nil,
            participants: nil, notes: nil, targets: [], answers: answers, location: workbook.location)
        // Every element scores 1. targeting has weight 2, so first; then needs, by workbook order; show 2.
        #expect(Scorer.assess(workbook, response).weakestLinks == ["targeting", "needs"])
    }

    @Test func aChainBreaksAtTheFirstWeakStepInOrder() throws {
        var workbook = try Fixtures.miniWorkbook()
        workbook.layout = .chain
        workbook.weakestLinks.below = 2.0
        let ratings: [String: Double] = [
            "needs-data": 3, "needs-voice": 3, "target-deprived": 1, "target-groups": 2,
            "access-hours": 1, "access-travel": 1, "evidence-nice": 4,
        ]
        let response = Response(
            workbookID: "mini", workbookVersion: nil, area: "A", period: "1", date: nil, facilitator: nil,
            participants: nil, notes: nil, targets: [],
            answers: ratings.map {
                Answer(questionID: $0.key, value: .rating($0.value), evidence: nil, location: workbook.location)
            },
            location: workbook.location)
        let assessment = Scorer.assess(workbook, response)
        // targeting 1.5 and access 1.0 are both below 2; the break point is the first in order.
        #expect(assessment.breakPoint == "targeting")
        #expect(assessment.weakestLinks == ["access", "targeting"])
    }

    @Test func targetsFromThePreviousRoundAreChecked() throws {
        let loaded = try #require(
            ResponseLoader.load(try Fixtures.input("valid/mini-response.yaml"), resolver: try Fixtures.miniResolver())
                .value)
        var previous = loaded.response
        previous.period = "2024/25"
        previous.targets = [
            Target(elementID: "access", level: 3, location: previous.location),
            Target(elementID: "targeting", level: 2, location: previous.location),
            Target(elementID: "evidence", level: 1, location: previous.location),
        ]
        let assessment = Scorer.assess(
            loaded.workbook, loaded.response, previous: Scorer.assess(loaded.workbook, previous))
        #expect(assessment.targetsMet.map(\.reached) == [true, false, false])
        #expect(assessment.previous?.period == "2024/25")
    }

    @Test func meanAggregateAndStatistics() {
        #expect(Statistics.median([4, 1, 3]) == 3)
        #expect(Statistics.median([1, 2, 3, 4]) == 2.5)
        #expect(Statistics.mean([1, 2, 4, 2]) == 2.25)
        let scale = Scale(
            levels: [0, 1, 2, 3, 4]
                .map {
                    Scale.Level(value: $0, label: "", description: "", location: .init(file: "", line: 1, column: 1))
                }, allowsNotApplicable: false)
        #expect(Scorer.oneLevelUp(from: 2, on: scale) == 3)
        #expect(Scorer.oneLevelUp(from: 2.5, on: scale) == 3)
        #expect(Scorer.oneLevelUp(from: 4, on: scale) == 4)
    }

    @Test func oneDecimalFormattingRoundsHalfAwayFromZero() {
        #expect(NumberFormatting.oneDecimal(2.25) == "2.3")
        #expect(NumberFormatting.oneDecimal(2) == "2.0")
        #expect(NumberFormatting.oneDecimal(103.0 / 48.0) == "2.1")
        #expect(NumberFormatting.oneDecimal(-0.04) == "0.0")
        #expect(NumberFormatting.fixed(81.25, places: 0) == "81")
    }
}
