import Foundation
import Testing

struct MergeCommandTests {
    static let tables = ["community-tables", "council-table", "nhs-table"].map { "examples/workshop/\($0).yaml" }

    @Test func mergeWritesTheExampleAndNeverOverwrites() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("saltmere.yaml").path
        let first = try CommandRunner.run(["merge"] + Self.tables + ["-o", output])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardError.contains("wrote \(output): 3 files merged"))
        let example = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("examples/workshop/saltmere.yaml"),
            encoding: .utf8)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(example.split(separator: "\n", maxSplits: 1).last.map(String.init) == written)
        #expect(try CommandRunner.run(["check", output]).status == 0)
        // An existing file is never replaced: it may hold a workshop's answers.
        let again = try CommandRunner.run(["merge"] + Self.tables + ["-o", output])
        #expect(again.status == 1)
        #expect(again.standardError.contains("refusing to overwrite"))
        // Nor is an input.
        let over = try CommandRunner.run(["merge"] + Self.tables + ["-o", Self.tables[0]])
        #expect(over.status == 1)
        #expect(over.standardError.contains("it is one of this command's inputs"))
    }

    @Test func mergeRefusesAnotherAreaNamingTheFiles() throws {
        let result = try CommandRunner.run([
            "merge", "examples/workshop/nhs-table.yaml", "examples/pots-northmoor.yaml",
        ])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains(
                "examples/pots-northmoor.yaml:3:1: error: examples/pots-northmoor.yaml is for area 'Northmoor', but examples/workshop/nhs-table.yaml is for area 'Saltmere' [merge.different-response]"
            ))
        #expect(result.standardOutput.isEmpty)
    }
}
