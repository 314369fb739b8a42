import Foundation
import Testing

/// The rough edges a first-time user hit (issue 13), each run as they ran it.
struct NewUserTests {
    static let northmoor = "examples/pots-northmoor.yaml"

    @Test func theFormatFollowsTheOutputFileName() throws {
        let folder = try CommandRunner.temporaryFolder()
        for (name, start) in [
            ("r.html", "<!doctype html>"), ("r.md", "# "), ("r.json", "{"), ("r.csv", "\u{FEFF}area,"),
            ("r.txt", "Population"),
        ] {
            let path = folder.appendingPathComponent(name).path
            let result = try CommandRunner.run(["report", Self.northmoor, "-o", path])
            #expect(result.status == 0, "\(name): \(result.standardError)")
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            #expect(written.hasPrefix(start), "\(name) starts with \(written.prefix(20))")
        }
    }

    @Test func aFormatThatContradictsTheFileNameIsRefused() throws {
        let path = try CommandRunner.temporaryFolder().appendingPathComponent("report.html").path
        let result = try CommandRunner.run(["report", Self.northmoor, "-o", path, "--format", "csv"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--format csv contradicts the output file"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func formatsAndSeveritiesAreReadInAnyCase() throws {
        let result = try CommandRunner.run(["report", Self.northmoor, "--format", "HTML", "--fail-on", "Critical"])
        #expect(result.status == 2)
        #expect(result.standardOutput.hasPrefix("<!doctype html>"))
    }

    @Test func anUnknownCommandIsNamedWithADidYouMean() throws {
        let result = try CommandRunner.run(["reprot", "a.yaml", "b.yaml"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("'reprot' is not a workbook command. Did you mean 'report'?"))
        #expect(!result.standardError.contains("unexpected argument"))
    }

    @Test func reportOnAWorkbookSaysItIsAWorkbook() throws {
        let result = try CommandRunner.run(["report", "workbooks/pots.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("this is a workbook ('pots'), not a response"))
        #expect(result.standardError.contains("[load.wrong-kind-of-file]"))
        #expect(!result.standardError.contains("has no 'area'"))
    }

    @Test func trendFollowsTheOnlyAreaWithoutBeingTold() throws {
        let result = try CommandRunner.run(["trend", "examples/rounds"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Trend: Harrowgate Moor"))
        let many = try CommandRunner.run(["trend", "examples/areas"])
        #expect(many.status == 64)
        #expect(many.standardError.contains("say which to follow with --area"))
    }

    @Test func trendRefusesARoundItCannotPlaceNamingTheFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let source = CommandRunner.repository.appendingPathComponent("examples/rounds")
        for name in ["harrowgate-moor-2023.yaml", "harrowgate-moor-2024.yaml"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let text = try String(contentsOf: source.appendingPathComponent("harrowgate-moor-2025.yaml"), encoding: .utf8)
        let undated = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("date:") }
            .map { $0.hasPrefix("period:") ? "period: Autumn workshop" : String($0) }
            .joined(separator: "\n")
        try undated.write(to: folder.appendingPathComponent("latest.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["trend", folder.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "latest.yaml: error: this round has no 'date', and its period 'Autumn workshop'"))
        // Undated but with a readable period, it is placed, and the report says so.
        try undated.replacingOccurrences(of: "period: Autumn workshop", with: "period: 2025/26")
            .write(to: folder.appendingPathComponent("latest.yaml"), atomically: true, encoding: .utf8)
        let placed = try CommandRunner.run(["trend", folder.path])
        #expect(placed.status == 0, "\(placed.standardError)")
        #expect(placed.standardOutput.contains("1 round has no date (2025/26): placed by period"))
        #expect(placed.standardOutput.contains("Change by element, 2024/25 to 2025/26"))
    }

    @Test func previousLaterThanTheResponseIsAWarning() throws {
        let result = try CommandRunner.run([
            "report", "examples/pots-northmoor-2024.yaml", "--previous", Self.northmoor,
        ])
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning: this round (2025/26, 2025-11-14) is not earlier than"))
        let right = try CommandRunner.run(["report", Self.northmoor, "--previous", "examples/pots-northmoor-2024.yaml"])
        #expect(!right.standardError.contains("not earlier"))
        // The text report shows each element's change, as the HTML does.
        #expect(right.standardOutput.contains("change since 2024/25"))
    }

    @Test func checkShowsEveryMistakeOfAFileInOneRun() throws {
        let fixture = "Tests/WorkbookCoreTests/Fixtures/invalid/rs-recovers-after-syntax-error.yaml"
        let result = try CommandRunner.run([
            "check", "--workbook", "Tests/WorkbookCoreTests/Fixtures/valid/mini.yaml", fixture,
        ])
        #expect(result.status == 1)
        for place in ["4:7", "6:15", "7:16", "8:15", "9:20", "10:3", "11:17"] {
            #expect(result.standardError.contains("\(fixture):\(place): "), "\(place)")
        }
        #expect(result.standardError.contains("with lines 6, 8 skipped"))
        #expect(result.standardError.contains("write the rating as a number: 3"))
        #expect(result.standardError.contains("curly quotes (“ ”)"))
    }
}
