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

struct ResponseLoaderTests {
    @Test func theMiniResponseLoadsEveryKindOfAnswer() throws {
        let result = ResponseLoader.load(
            try Fixtures.input("valid/mini-response.yaml"), resolver: try Fixtures.miniResolver())
        #expect(result.diagnostics.isEmpty)
        let response = try #require(result.value?.response)
        #expect(response.area == "Testshire")
        #expect(response.period == "2025/26")
        #expect(response.participants == Response.Participants(count: 12, names: []))
        #expect(response.answer("needs-data")?.value == .rating(3))
        #expect(response.answer("needs-voice")?.value == .ratings([1, 2, 4, 2]))
        #expect(response.answer("needs-voice")?.evidence == "Tables disagreed about the community panel.")
        #expect(response.answer("needs-gaps")?.value == .notApplicable)
        #expect(response.answer("evidence-nice")?.value == .blank)
    }

    @Test func aPlanNamesWhatIsAssessedAndAnEmptyOneNamesNothing() throws {
        func load(_ plan: String) throws -> Response? {
            let input = InputFile.yaml("workbook: mini\narea: Eastbridge\n\(plan)period: \"1\"\nanswers:\n")
            let result = ResponseLoader.load(input, resolver: try Fixtures.miniResolver())
            #expect(result.diagnostics.isEmpty)
            return result.value?.response
        }
        let tobacco = try #require(try load("plan: Tobacco control\n"))
        #expect(tobacco.plan == "Tobacco control")
        #expect(tobacco.assessed == "Eastbridge – Tobacco control")
        #expect(try load("plan: \"\"\n")?.plan == nil)
        let whole = try #require(try load(""))
        #expect(whole.plan == nil)
        #expect(whole.assessed == "Eastbridge")
    }

    /// Answer keys are matched to questions walking in workbook order (QuestionMatcher), with
    /// the workbook's index for keys out of order: any order is accepted, and only keys that
    /// are not questions are refused.
    @Test func answersInAnyOrderAreCheckedAgainstTheQuestions() throws {
        func load(_ keys: [String]) throws -> LoadResult<LoadedResponse> {
            let input = InputFile.yaml(
                "workbook: mini\narea: A\nperiod: \"1\"\nanswers:\n" + keys.map { "  \($0): 2\n" }.joined())
            return ResponseLoader.load(input, resolver: try Fixtures.miniResolver())
        }
        let keys = ["evidence-nice", "access-travel", "needs-voice", "target-groups", "needs-data", "access-hours"]
        let loaded = try load(keys)
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.value?.response.answers.map(\.questionID) == keys)
        let misspelt = try load(keys.prefix(5) + ["needs-date"] + keys.suffix(1))
        #expect(misspelt.diagnostics.map(\.code) == [.unknownReference])
        #expect(misspelt.diagnostics.first?.location?.line == 10)
    }

    @Test func naIsRefusedWhereTheWorkbookDoesNotAllowIt() throws {
        var workbook = try Fixtures.miniWorkbook()
        workbook.scale.allowsNotApplicable = false
        let input = InputFile.yaml("workbook: mini\narea: A\nperiod: \"1\"\nanswers:\n  needs-data: na\n")
        let result = ResponseLoader.load(input, resolver: .only(CompiledWorkbook(workbook: workbook, rules: [])))
        #expect(result.diagnostics.map(\.code) == [.notApplicableRefused])
        #expect(result.diagnostics.first?.location?.line == 5)
        #expect(result.diagnostics.first?.location?.column == 15)
    }

    @Test func aQuotedNumberIsStillARating() throws {
        let input = InputFile.yaml("workbook: mini\narea: \"Yes\"\nperiod: 2026\nanswers:\n  needs-data: \"3\"\n")
        let result = ResponseLoader.load(input, resolver: try Fixtures.miniResolver())
        #expect(result.diagnostics.isEmpty)
        #expect(result.value?.response.area == "Yes")
        #expect(result.value?.response.period == "2026")
        #expect(result.value?.response.answer("needs-data")?.value == .rating(3))
    }

    @Test(arguments: ["4.0000000001", "1e400", "-.inf", ".nan", "0x1F", "1_000", "99999999999999999999999"])
    func oddNumbersAreRefusedDeliberately(_ text: String) throws {
        let input = InputFile.yaml("workbook: mini\narea: A\nperiod: \"1\"\nanswers:\n  needs-data: \(text)\n")
        let result = ResponseLoader.load(input, resolver: try Fixtures.miniResolver())
        #expect(result.value == nil)
        let code = try #require(result.diagnostics.first?.code)
        #expect(code == .invalidNumber || code == .ratingOutOfScale)
    }
}

/// What `workbook new` and the form write must read back as exactly the same text.
struct YAMLQuotingTests {
    static let awkward = [
        "Yes", "no", "1e3", "#1", ": x", "a: b", "a #b", " lead", "trail ", "-x", "[x]", "'q'", "\"dq\"", "na", "~",
        "0x1F", "2025", "2025/26", "Côte-d’Or", "a\u{FEFF}b", "a\u{2028}b", "tab\there",
        "line\nbreak", "back\\slash", "emoji 🙂", "@home", "%x", "!tag", "&anchor", "*alias", "|", ">", "?", "a:",
    ]

    @Test(arguments: awkward)
    func everyTextRoundTrips(_ text: String) throws {
        let yaml = "workbook: mini\narea: \(YAMLQuoting.scalar(text))\nperiod: \"1\"\nanswers: {}\n"
        let result = ResponseLoader.load(.yaml(yaml), resolver: try Fixtures.miniResolver())
        #expect(result.diagnostics.isEmpty, "\(text.debugDescription) written as \(YAMLQuoting.scalar(text))")
        #expect(result.value?.response.area == text)
    }

    @Test func plainNumbersNeverUseAnExponent() {
        #expect(NumberFormatting.plain(0.00001) == "0.00001")
        #expect(NumberFormatting.plain(2.5) == "2.5")
        #expect(NumberFormatting.plain(-3) == "-3")
        // Huge values (only ever in error messages) must never trap.
        #expect(NumberFormatting.plain(1e23) == "1e+23")
        #expect(NumberFormatting.fixed(1e300, places: 1) == "1e+300")
        #expect(NumberFormatting.oneDecimal(-1e19) == "-1e+19")
    }
}
