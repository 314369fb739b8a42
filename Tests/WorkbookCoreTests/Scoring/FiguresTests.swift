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

/// `compare` and `trend` summarise each response with `Scorer.figures`, not `Scorer.assess`.
/// The two must give the same numbers to the last bit, or a folder's table would disagree
/// with the single report of one of its files. These tests score many generated responses
/// both ways.
struct FiguresTests {
    /// A small deterministic generator (a 64-bit linear congruential one), so a failure
    /// reproduces exactly.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Responses with every kind of answer: none, blank, na, one rating, several ratings.
    private func responses(for workbook: Workbook, count: Int, seed: UInt64) -> [Response] {
        var random = Generator(state: seed)
        let values = workbook.scale.levels.map(\.value)
        let here = FileLocation(file: "generated.yaml", line: 1, column: 1)
        return (0..<count)
            .map { index in
                var answers = workbook.questions.compactMap { question -> Answer? in
                    let value: Answer.Value
                    switch random.next(10) {
                    case 0: return nil
                    case 1: value = .blank
                    case 2: value = workbook.scale.allowsNotApplicable ? .notApplicable : .blank
                    case 3, 4, 5: value = .rating(values[random.next(values.count)])
                    default: value = .ratings((0..<(1 + random.next(8))).map { _ in values[random.next(values.count)] })
                    }
                    return Answer(questionID: question.id, value: value, evidence: nil, location: here)
                }
                // Some responses list their answers out of workbook order, and some answer a
                // question twice (the first answer counts), as a response built in code may.
                if index % 3 == 1 { answers.reverse() }
                if index % 5 == 2, let first = answers.first {
                    answers.append(
                        Answer(questionID: first.questionID, value: .rating(values[0]), evidence: nil, location: here))
                }
                return Response(
                    workbookID: workbook.id, workbookVersion: nil, area: "area \(index)", period: "2025", date: nil,
                    facilitator: nil, participants: nil, notes: nil, targets: [], answers: answers, location: here)
            }
    }

    private func expectSameFigures(_ workbook: Workbook, seed: UInt64) {
        for response in responses(for: workbook, count: 150, seed: seed) {
            let loaded = LoadedResponse(response: response, workbook: workbook)
            let full = AreaSummary(Scorer.assess(workbook, response), file: "f.yaml")
            let lean = AreaSummary(loaded, file: "f.yaml")
            #expect(lean == full, "\(workbook.id), \(response.area)")
        }
    }

    @Test(arguments: BundledWorkbooks.ids)
    func bundledWorkbooksScoreTheSameBothWays(id: String) throws {
        let workbook = try #require(BundledWorkbooks.resolver.resolve(id)?.workbook)
        expectSameFigures(workbook, seed: 1)
    }

    /// Weights other than 1 (and 0), and the mean instead of the median.
    @Test func weightsAndTheMeanScoreTheSameBothWays() throws {
        var workbook = try Fixtures.miniWorkbook()
        expectSameFigures(workbook, seed: 2)
        workbook.aggregate = .mean
        for index in workbook.elements.indices {
            workbook.elements[index].weight = [0, 0.5, 1, 3][index % 4]
            for question in workbook.elements[index].questions.indices {
                workbook.elements[index].questions[question].weight = [2, 0, 1][question % 3]
            }
        }
        expectSameFigures(workbook, seed: 3)
    }

    /// Both ways share `AnswerLookup`, so it is checked on its own: asked in workbook order,
    /// it finds each question's first answer, whatever the order of the answers.
    @Test(arguments: BundledWorkbooks.ids)
    func answersAreFoundInAnyOrder(id: String) throws {
        let workbook = try #require(BundledWorkbooks.resolver.resolve(id)?.workbook)
        for response in responses(for: workbook, count: 60, seed: 4) {
            var lookup = Scorer.AnswerLookup(response, in: workbook)
            for question in workbook.questions {
                let expected = response.answers.first { $0.questionID == question.id }
                #expect(lookup.answer(to: question.id) == expected, "\(response.area), \(question.id)")
            }
        }
    }
}
