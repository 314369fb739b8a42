import Testing
@testable import WorkbookCore

struct ResponseLoaderTests {
    @Test func theMiniResponseLoadsEveryKindOfAnswer() throws {
        let result = ResponseLoader.load(try Fixtures.input("valid/mini-response.yaml"), resolver: try Fixtures.miniResolver())
        #expect(result.diagnostics.isEmpty)
        let response = try #require(result.value?.response)
        #expect(response.area == "Testshire")
        #expect(response.period == "2025/26")
        #expect(response.participants == .count(12))
        #expect(response.answer("needs-data")?.value == .rating(3))
        #expect(response.answer("needs-voice")?.value == .ratings([1, 2, 4, 2]))
        #expect(response.answer("needs-voice")?.evidence == "Tables disagreed about the community panel.")
        #expect(response.answer("needs-gaps")?.value == .notApplicable)
        #expect(response.answer("evidence-nice")?.value == .blank)
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
