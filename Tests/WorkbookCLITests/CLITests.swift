import Foundation
import Testing

struct CheckShowNewTests {
    @Test func checkAcceptsEveryBundledWorkbookAndExample() throws {
        let examples = try FileManager.default
            .contentsOfDirectory(
                atPath: CommandRunner.repository.appendingPathComponent("examples").path
            )
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "examples/\($0)" }
        let workbooks = try FileManager.default
            .contentsOfDirectory(
                atPath: CommandRunner.repository.appendingPathComponent("workbooks").path
            )
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "workbooks/\($0)" }
        #expect(workbooks.count == 6)
        let result = try CommandRunner.run(["check"] + workbooks + examples)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("all valid"))
    }

    @Test func checkPrintsCompilerStyleDiagnosticsAndExitsOne() throws {
        let fixture = "Tests/WorkbookCoreTests/Fixtures/invalid/wb-unknown-key.yaml"
        let result = try CommandRunner.run(["check", fixture])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "\(fixture):15:5: error: unknown key 'wieght' in an element [load.unknown-key]"))
        #expect(result.standardError.contains("hint: did you mean 'weight'?"))
        #expect(result.standardError.contains("1 file checked: 1 invalid"))
        #expect(!result.standardError.contains("\u{1B}["), "no colour when standard error is not a terminal")
    }

    @Test func everyHostileInputExitsOneWithADiagnosticNeverACrash() throws {
        let folder = CommandRunner.repository.appendingPathComponent("Tests/WorkbookCoreTests/Fixtures/invalid")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("yaml-") && $0.hasSuffix(".yaml") }
        #expect(files.count >= 10)
        for file in files.sorted() {
            let path = "Tests/WorkbookCoreTests/Fixtures/invalid/\(file)"
            let result = try CommandRunner.run(["check", path])
            #expect(result.status == 1, "\(file): exit \(result.status)")
            #expect(result.standardError.contains("\(path):"), "\(file): \(result.standardError)")
            #expect(result.standardError.contains(": error: "))
        }
    }

    @Test func aMissingFileIsAnErrorNotACrash() throws {
        let result = try CommandRunner.run(["check", "no/such/file.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("there is no such file"))
    }

    @Test func showListsAllThirteenPOTSElements() throws {
        let result = try CommandRunner.run(["show", "pots"])
        #expect(result.status == 0)
        let titles = [
            "evidence", "effectiveness", "cost-effectiveness", "accessibility", "engagement", "needs-assessment",
            "unmet-need", "equity-targeting", "uptake-support", "self-care", "service-volumes", "pathways",
            "leadership",
        ]
        for id in titles { #expect(result.standardOutput.contains("(\(id))"), "\(id) missing") }
        #expect(result.standardOutput.contains("13 elements"))
    }

    @Test func showSuggestsABundledIdForATypo() throws {
        let result = try CommandRunner.run(["show", "potts"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("did you mean 'pots'?"))
    }

    @Test func newWritesACheckableSkeletonAndNeverOverwrites() throws {
        let folder = try CommandRunner.temporaryFolder()
        let made = try CommandRunner.run(
            ["new", "pots", "--area", "Yes", "--period", "2026", "-o", "r.yaml"], in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        let checked = try CommandRunner.run(["check", "r.yaml"], in: folder)
        #expect(checked.status == 0, "\(checked.standardError)")
        let path = folder.appendingPathComponent("r.yaml").path
        try "workbook: pots\narea: filled in\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try CommandRunner.run(
            ["new", "pots", "--area", "X", "--period", "2026", "-o", "r.yaml"], in: folder)
        #expect(again.status == 1)
        #expect(again.standardError.contains("refusing to overwrite"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "workbook: pots\narea: filled in\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["r.yaml"], "no temporary file is left behind")
    }

    @Test func newWritesThePlanWhenGivenAndTheReportNamesIt() throws {
        let folder = try CommandRunner.temporaryFolder()
        let made = try CommandRunner.run(
            [
                "new", "christmas-tree", "--area", "Eastbridge", "--plan", "Tobacco: control", "--period", "2009/10",
                "-o", "r.yaml",
            ],
            in: folder)
        #expect(made.status == 0, "\(made.standardError)")
        let text = try String(contentsOf: folder.appendingPathComponent("r.yaml"), encoding: .utf8)
        #expect(text.contains("area: Eastbridge\nplan: \"Tobacco: control\"\nperiod: 2009/10\n"))
        let report = try CommandRunner.run(["report", "r.yaml"], in: folder, environment: ["NO_COLOR": "1"])
        #expect(report.standardOutput.contains("Eastbridge – Tobacco: control · 2009/10"))
    }

    @Test func aUsageErrorExits64() throws {
        let result = try CommandRunner.run(["report"])
        #expect(result.status == 64)
    }
}

struct ReportCommandTests {
    @Test func textReportOfTheExample() throws {
        let result = try CommandRunner.run(["report", "examples/pots-northmoor.yaml"], environment: ["NO_COLOR": "1"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Northmoor"))
        #expect(result.standardOutput.contains("Weakest links"))
        #expect(!result.standardOutput.contains("\u{1B}["))
    }

    @Test func outputFileIsExactlyWhatStandardOutputPrints() throws {
        let folder = try CommandRunner.temporaryFolder()
        let input = CommandRunner.repository.appendingPathComponent("examples/pots-northmoor.yaml").path
        let printed = try CommandRunner.run(["report", input, "--format", "json"], in: folder)
        let written = try CommandRunner.run(["report", input, "--format", "json", "-o", "out.json"], in: folder)
        #expect(written.status == 0)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == printed.standardOutput
        )
    }

    @Test func outputOverAnInputIsRefusedEvenThroughASymlink() throws {
        let folder = try CommandRunner.temporaryFolder()
        let original = CommandRunner.repository.appendingPathComponent("examples/pots-northmoor.yaml")
        let copy = folder.appendingPathComponent("r.yaml")
        try FileManager.default.copyItem(at: original, to: copy)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.yaml").path, withDestinationPath: copy.path)
        let before = try Data(contentsOf: copy)
        let result = try CommandRunner.run(["report", "r.yaml", "-o", "link.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("it is one of this command's inputs"))
        #expect(try Data(contentsOf: copy) == before)
    }

    @Test func anOutputInAMissingFolderIsExitOne() throws {
        let result = try CommandRunner.run(["report", "examples/pots-northmoor.yaml", "-o", "/no/such/folder/r.txt"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("does not exist"))
    }

    @Test func failOnExitsTwoAfterWritingTheReport() throws {
        let result = try CommandRunner.run(["report", "examples/pots-northmoor.yaml", "--fail-on", "critical"])
        #expect(result.status == 2)
        #expect(result.standardOutput.contains("Priority:"))
        let quiet = try CommandRunner.run([
            "report", "examples/place-based-planning-riverside.yaml", "--fail-on", "critical",
        ])
        #expect(quiet.status == 0)
    }

    @Test func previousRoundShowsChangeAndTargets() throws {
        let result = try CommandRunner.run([
            "report", "examples/pots-northmoor.yaml", "--previous", "examples/pots-northmoor-2024.yaml",
        ])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("since 2024/25"))
        #expect(result.standardOutput.contains("Targets set in 2024/25"))
    }

    @Test func anInvalidResponseIsExitOneWithItsDiagnostics() throws {
        let result = try CommandRunner.run([
            "report", "Tests/WorkbookCoreTests/Fixtures/invalid/rs-out-of-scale.yaml",
            "--workbook", "Tests/WorkbookCoreTests/Fixtures/valid/mini.yaml",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("rs-out-of-scale.yaml:5:15: error: 5 is not on the scale of 'mini'"))
        #expect(result.standardOutput.isEmpty)
    }
}
