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

/// Every rule of the three workbooks written from seeds 001 and 004 (inclusion-health,
/// community-engagement, delivery-plan) can fire, and fires exactly when its condition says:
/// each case rates whole elements at one level, so the scores below are worked by hand.
struct SeedFrameworkRulesTests {
    /// A response to a bundled workbook that rates every question of each element at the
    /// element's level (`rest` for elements not named), and the rules that fired, sorted.
    static func fired(_ id: String, rest: Int, _ levels: [String: Int] = [:], questions: [String: Int] = [:])
        throws -> [String]
    {
        let input = try #require(BundledWorkbooks.input(id))
        let compiled = try #require(WorkbookPipeline.loadWorkbook(input).value)
        var text = "workbook: \(id)\narea: Testham\nperiod: 2026\nanswers:\n"
        for element in compiled.workbook.elements {
            for question in element.questions {
                text += "  \(question.id): \(questions[question.id] ?? levels[element.id] ?? rest)\n"
            }
        }
        let loaded = WorkbookPipeline.loadResponse(.yaml(text), resolver: BundledWorkbooks.resolver)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let report = WorkbookPipeline.report(try #require(loaded.value))
        #expect(report.notEvaluated.isEmpty, "every element is scored, so every rule is evaluated")
        return Set(report.findings.map(\.rule)).sorted()
    }

    @Test func inclusionHealth() throws {
        // All 0: every block weak (6 >= 3); serv-say and assure-influence both 0.
        #expect(try Self.fired("inclusion-health", rest: 0) == ["building-blocks-missing", "excluded-without-a-voice"])
        // Needs 1 and prevention 1 under services 3: two weak blocks only.
        #expect(
            try Self.fired("inclusion-health", rest: 3, ["needs-outcomes": 1, "prevention": 1])
                == ["services-without-a-picture", "treating-not-preventing"])
        // Services 2 is below 2.5, and 2 - 1 = 1 still trails by a point.
        #expect(
            try Self.fired(
                "inclusion-health", rest: 3, ["needs-outcomes": 1, "prevention": 1, "responsive-services": 2])
                == ["treating-not-preventing"])
        #expect(try Self.fired("inclusion-health", rest: 3).isEmpty)
    }

    @Test func communityEngagement() throws {
        // All 1: every heading below 2, and 14 weak elements.
        #expect(try Self.fired("community-engagement", rest: 1) == ["not-systematic", "weak-heading"])
        // Consultation 3 over empowerment 2; profiling 3 over action planning 2; structures 3
        // with staffing 1: one weak element, and every heading is at least 2.
        #expect(
            try Self.fired(
                "community-engagement", rest: 3,
                ["empowerment": 2, "action-planning": 2, "staffing": 1]
            ) == ["asking-not-sharing-power", "profiles-without-plans", "structures-without-staff"])
        #expect(try Self.fired("community-engagement", rest: 3).isEmpty)
    }

    @Test func deliveryPlan() throws {
        // All 1: the Christmas Tree test, both contribution questions and the interventions.
        #expect(
            try Self.fired("delivery-plan", rest: 1)
                == ["interventions-not-at-population-level", "not-tested-against-the-tree", "target-not-broken-down"])
        // The plan 3, its interventions 2: a point apart, and nothing below 2.
        #expect(
            try Self.fired("delivery-plan", rest: 3, ["systematic": 2, "scale": 2, "sustainable": 2])
                == ["well-written-weakly-delivered"])
        // One contribution question at 2 is enough to say the target is broken down.
        #expect(
            try Self.fired("delivery-plan", rest: 3, questions: ["contrib-quantified": 1, "contrib-modelled": 2])
                .isEmpty)
    }
}
