import Foundation
import Testing

/// Every `-o` writes atomically, never over an input of the same run, and a failed write
/// leaves nothing behind.
struct OutputSafetyTests {
    private func copyAreas(into folder: URL) throws -> URL {
        let areas = folder.appendingPathComponent("areas")
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("examples/areas"), to: areas)
        return areas
    }

    @Test func compareRefusesToWriteOverOneOfItsInputs() throws {
        let folder = try CommandRunner.temporaryFolder()
        let areas = try copyAreas(into: folder)
        let target = areas.appendingPathComponent("ashbrook.yaml")
        let before = try Data(contentsOf: target)
        let result = try CommandRunner.run(["compare", "areas", "-o", "areas/ashbrook.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("it is one of this command's inputs"))
        #expect(try Data(contentsOf: target) == before)
    }

    @Test func aLinkToAnInputIsOneOfTheInputs() throws {
        // The same file by another name: a symbolic link, a hard link, a path through '..'.
        let folder = try CommandRunner.temporaryFolder()
        let areas = try copyAreas(into: folder)
        let target = areas.appendingPathComponent("ashbrook.yaml")
        let before = try Data(contentsOf: target)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("soft.json"), withDestinationURL: target)
        try FileManager.default.linkItem(at: target, to: folder.appendingPathComponent("hard.json"))
        for output in ["soft.json", "hard.json", "areas/../areas/ashbrook.yaml"] {
            let result = try CommandRunner.run(["compare", "areas", "-o", output], in: folder)
            #expect(result.status == 1, "\(output)")
            #expect(result.standardError.contains("it is one of this command's inputs"), "\(output)")
            #expect(try Data(contentsOf: target) == before)
        }
    }

    @Test func trendRefusesToWriteOverOneOfItsInputs() throws {
        let folder = try CommandRunner.temporaryFolder()
        let rounds = folder.appendingPathComponent("rounds")
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("examples/rounds"), to: rounds)
        let result = try CommandRunner.run(
            ["trend", "rounds", "--area", "Harrowgate Moor", "-o", "./rounds/../rounds/harrowgate-moor-2025.yaml"],
            in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("it is one of this command's inputs"))
    }

    @Test func aFailedWriteLeavesNoTemporaryFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        // The target is a folder: the temporary file is written, the rename fails, and the
        // temporary file must be removed.
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("report.txt"), withIntermediateDirectories: false)
        let input = CommandRunner.repository.appendingPathComponent("examples/pots-northmoor.yaml").path
        let result = try CommandRunner.run(["report", input, "-o", "report.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.txt"])
    }

    @Test func compareWritesAtomicallyToANewFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        _ = try copyAreas(into: folder)
        let result = try CommandRunner.run(["compare", "areas", "--format", "csv", "-o", "areas.csv"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let csv = try String(contentsOf: folder.appendingPathComponent("areas.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("rank,area,plan,period"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["areas", "areas.csv"])
    }

    @Test func compareReportsEveryBadFileNotJustTheFirst() throws {
        let folder = try CommandRunner.temporaryFolder()
        let areas = try copyAreas(into: folder)
        try "workbook: pots\narea: Broken\nperiod: x\nanswers:\n  evidence-nice: 9\n"
            .write(
                to: areas.appendingPathComponent("broken-one.yaml"), atomically: true, encoding: .utf8)
        try "workbook: pots\narea: [\n"
            .write(to: areas.appendingPathComponent("broken-two.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["compare", "areas"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("areas/broken-one.yaml:5:18: error: 9 is not on the scale of 'pots'"))
        #expect(result.standardError.contains("areas/broken-two.yaml:"))
        #expect(result.standardError.contains("2 invalid"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func compareRefusesTheSameAreaTwiceNamingBothFiles() throws {
        let folder = try CommandRunner.temporaryFolder()
        let areas = try copyAreas(into: folder)
        try FileManager.default.copyItem(
            at: areas.appendingPathComponent("ashbrook.yaml"), to: areas.appendingPathComponent("zz-copy.yaml"))
        let result = try CommandRunner.run(["compare", "areas"], in: folder)
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "areas/zz-copy.yaml and areas/ashbrook.yaml both assess 'Ashbrook' in 2025/26"))
    }

    @Test func trendSuggestsTheAreaWhenNoneMatches() throws {
        let result = try CommandRunner.run(["trend", "examples/rounds", "--area", "Harrowgate Mor"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("did you mean 'Harrowgate Moor'?"))
    }

    @Test func trendFollowsOnePlanAndAsksWhichWhenThereAreSeveral() throws {
        let several = try CommandRunner.run(["trend", "examples/plans", "--area", "Eastbridge"])
        #expect(several.status == 1)
        #expect(
            several.standardError.contains(
                "assess several plans (CVD secondary prevention, Infant mortality, Tobacco control); choose one with --plan"
            ))
        let misspelt = try CommandRunner.run(["trend", "examples/plans", "--area", "Eastbridge", "--plan", "Tobacco"])
        #expect(misspelt.status == 1)
        #expect(misspelt.standardError.contains("no response about 'Eastbridge' assesses the plan 'Tobacco'"))
        let one = try CommandRunner.run(
            ["trend", "examples/plans", "examples/plans/earlier", "--area", "Eastbridge", "--plan", "Tobacco control"],
            environment: ["NO_COLOR": "1"])
        #expect(one.status == 0)
        #expect(one.standardOutput.hasPrefix("Trend: Eastbridge – Tobacco control on"))
        #expect(one.standardOutput.contains("2 rounds"))
    }

    @Test func compareShowsOneAreasPlansWithArea() throws {
        let result = try CommandRunner.run(
            ["compare", "examples/plans", "--area", "Eastbridge"], environment: ["NO_COLOR": "1"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Eastbridge – CVD secondary prevention"))
        let none = try CommandRunner.run(["compare", "examples/plans", "--area", "Eastbrige"])
        #expect(none.status == 1)
        #expect(none.standardError.contains("did you mean 'Eastbridge'?"))
    }
}

struct FormOutputTests {
    @Test func formRefusesToWriteOverItsOwnWorkbook() throws {
        let folder = try CommandRunner.temporaryFolder()
        let workbook = folder.appendingPathComponent("pots.yaml")
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("workbooks/pots.yaml"), to: workbook)
        let before = try Data(contentsOf: workbook)
        let result = try CommandRunner.run(["form", "pots.yaml", "-o", "pots.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(try Data(contentsOf: workbook) == before)
    }

    @Test func formAndPackWriteSelfContainedPages() throws {
        let folder = try CommandRunner.temporaryFolder()
        for arguments in [["form", "pots", "-o", "form.html"], ["form", "pots", "--print", "-o", "pack.html"]] {
            let result = try CommandRunner.run(arguments, in: folder)
            #expect(result.status == 0, "\(result.standardError)")
        }
        let form = try String(contentsOf: folder.appendingPathComponent("form.html"), encoding: .utf8)
        #expect(form.contains("id=\"response-yaml\""))
        #expect(form.contains("name=\"evidence-nice\""))
        #expect(!form.contains("src=\"http"))
    }
}
