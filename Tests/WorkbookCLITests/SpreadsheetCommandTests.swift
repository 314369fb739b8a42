import Foundation
import Testing

/// `form --format xlsx`, `import`, and every command that reads a response reading a
/// spreadsheet, as a user runs them.
struct SpreadsheetCommandTests {
    static let hostile = "Tests/WorkbookOfficeTests/Fixtures/hostile"

    @Test func theFormImportsAndChecks() throws {
        let folder = try CommandRunner.temporaryFolder()
        let form = folder.appendingPathComponent("pots.xlsx").path
        let written = try CommandRunner.run(["form", "pots", "--format", "xlsx", "-o", form])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardError.contains("fill it in, then: workbook import"))
        // Blank, it lacks an area and a period, each named by its cell.
        let blank = try CommandRunner.run(["import", form])
        #expect(blank.status == 1)
        #expect(
            blank.standardError.contains(
                "\(form):Responses!B3: error: 'area' in the response is empty [load.missing-key]"))
        #expect(blank.standardError.contains("\(form):Responses!B4: error: 'period' in the response is empty"))
        #expect(blank.standardError.contains("2 errors; nothing written"))
        #expect(blank.standardOutput.isEmpty)
    }

    @Test func aValidSheetImportsToAFileThatPassesCheck() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("north.yaml").path
        let sheet = "\(Self.hostile)/accepted-variants.xlsx"
        let imported = try CommandRunner.run(["import", sheet, "-o", output])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardError.contains("wrote \(output): Northmoor, 2025/26, 4 of 52 questions answered"))
        let again = try CommandRunner.run(["import", sheet, "-o", output])
        #expect(again.status == 1, "an existing response is never overwritten")
        #expect(try CommandRunner.run(["check", output]).status == 0)
        #expect(try CommandRunner.run(["check", sheet]).standardError.contains("\(sheet): valid response"))
    }

    @Test func reportCompareAndTrendReadASpreadsheet() throws {
        let sheet = "\(Self.hostile)/accepted-variants.xlsx"
        let report = try CommandRunner.run(["report", sheet])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(report.standardOutput.contains("Northmoor"))
        let compare = try CommandRunner.run(["compare", sheet, "examples/areas/ashbrook.yaml"])
        #expect(compare.status == 0, "\(compare.standardError)")
        let trend = try CommandRunner.run(["trend", sheet, "--area", "Northmoor"])
        #expect(trend.status == 0, "\(trend.standardError)")
    }

    @Test func aFolderIsReadWithItsSpreadsheetsButNotExcelsLockFiles() throws {
        let folder = try CommandRunner.temporaryFolder()
        let repository = CommandRunner.repository
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("\(Self.hostile)/accepted-variants.xlsx"),
            to: folder.appendingPathComponent("north.xlsx"))
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("examples/areas/ashbrook.yaml"),
            to: folder.appendingPathComponent("ashbrook.yaml"))
        try Data("not a spreadsheet".utf8).write(to: folder.appendingPathComponent("~$north.xlsx"))
        let result = try CommandRunner.run(["compare", folder.path, "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Northmoor"))
        #expect(result.standardOutput.contains("Ashbrook"))
    }

    @Test func aHostileFileIsRefusedWithItsReason() throws {
        let result = try CommandRunner.run(["report", "\(Self.hostile)/zip-bomb-entry.xlsx"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("the limit for one entry is 32.0 MiB"))
        let located = try CommandRunner.run(["check", "\(Self.hostile)/sheet-off-scale.xlsx"])
        #expect(located.status == 1)
        #expect(
            located.standardError.contains(
                "sheet-off-scale.xlsx:Responses!D10: error: 5 is not on the scale of 'pots' [response.rating-out-of-scale]"
            ))
    }

    @Test(arguments: [
        ["report", "examples/pots-northmoor.yaml"], ["compare", "examples/areas"],
        ["trend", "examples/rounds", "--area", "Harrowgate Moor"],
    ])
    func reportsWriteSpreadsheets(_ command: [String]) throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("out.xlsx").path
        let result = try CommandRunner.run(command + ["--format", "xlsx", "-o", output])
        #expect(result.status == 0, "\(result.standardError)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func importRefusesAYAMLFile() throws {
        let result = try CommandRunner.run(["import", "examples/pots-northmoor.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("is not a spreadsheet"))
    }
}
