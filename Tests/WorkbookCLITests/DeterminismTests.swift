import Foundation
import Testing

/// Same inputs, same bytes out, across processes: each run of the binary hashes with a new
/// random seed, so anything that leaks dictionary or set order, the clock, the locale or the
/// time zone into the output shows here (rendering twice in one process would not).
struct DeterminismTests {
    static let commands: [[String]] = [
        ["report", "examples/pots-northmoor.yaml", "--previous", "examples/pots-northmoor-2024.yaml"],
        ["report", "examples/christmas-tree-eastbridge.yaml", "--format", "html"],
        ["report", "examples/place-based-planning-riverside.yaml", "--format", "json"],
        ["report", "examples/inclusion-health-harbourside.yaml", "--format", "csv"],
        ["compare", "examples/areas", "--format", "json"],
        ["compare", "examples/areas", "--format", "html"],
        ["trend", "examples/rounds", "--format", "markdown"],
        ["form", "pots"],
        ["form", "place-based-planning", "--print"],
        ["new", "christmas-tree", "--area", "Eastbridge", "--period", "2026/27"],
        ["show", "community-engagement"],
        ["schema", "response"],
    ]

    @Test(arguments: commands)
    func twoProcessesInDifferentLocalesWriteTheSameBytes(_ arguments: [String]) throws {
        let first = try CommandRunner.run(arguments, environment: ["LANG": "C", "TZ": "UTC"])
        let second = try CommandRunner.run(
            arguments, environment: ["LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "TZ": "Pacific/Auckland"])
        #expect(first.status == 0, "\(arguments): \(first.standardError)")
        #expect(!first.standardOutput.isEmpty)
        #expect(first.standardOutput == second.standardOutput, "\(arguments) differs between two runs")
    }
}
