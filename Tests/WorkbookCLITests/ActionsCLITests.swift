import Foundation
import Testing

/// The year-after-year commands as a user runs them: `new --from`, `migrate`, `trend --map`.
struct ActionsCLITests {
    static let fixtures = "Tests/WorkbookCoreTests/Fixtures/migration/"

    @Test func newFromLastRoundWritesACheckableFileWithNoRating() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("next.yaml").path
        let made = try CommandRunner.run([
            "new", "pots", "--from", "examples/rounds/harrowgate-moor-2025.yaml", "--period", "2026/27", "-o", out,
        ])
        #expect(made.status == 0, "\(made.standardError)")
        #expect(made.standardError.contains("carried over from 2025/26: 3 targets, 3 open actions"))
        let checked = try CommandRunner.run(["check", out])
        #expect(checked.status == 0, "\(checked.standardError)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("area: Harrowgate Moor\n"))
        // No answer line carries a value: every question id ends its line.
        let answers = text.components(separatedBy: "\nanswers:\n")[1].split(separator: "\n")
            .filter { !$0.hasPrefix("  #") && !$0.isEmpty }
        #expect(answers.count == 52 && answers.allSatisfy { $0.hasSuffix(":") })
    }

    @Test func migrateWritesAFileThatPassesCheckAndRefusesTheWrongVersion() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("moved.yaml").path
        let arguments = [
            "migrate", Self.fixtures + "mini-1-response.yaml", "--workbook", "docs/examples/mini.yaml",
            "--to", Self.fixtures + "mini-2.yaml", "--map", Self.fixtures + "mini-1-to-2.yaml",
        ]
        let moved = try CommandRunner.run(arguments + ["-o", out])
        #expect(moved.status == 0, "\(moved.standardError)")
        #expect(moved.standardError.contains("kept in the notes: needs-gaps (removed in 2.0): rated 2"))
        let checked = try CommandRunner.run(["check", "--workbook", Self.fixtures + "mini-2.yaml", out])
        #expect(checked.status == 0, "\(checked.standardError)")
        // Moving the moved file again with the same map: it is version 2.0, the map is from 1.0.
        let again = try CommandRunner.run([
            "migrate", out, "--workbook", Self.fixtures + "mini-2.yaml", "--to", Self.fixtures + "mini-2.yaml",
            "--map", Self.fixtures + "mini-1-to-2.yaml",
        ])
        #expect(again.status == 1)
        let bad = try CommandRunner.run(Array(arguments.dropLast()) + [Self.fixtures + "mini-bad-map.yaml"])
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("mini-bad-map.yaml:5:3: error: 'needs-dta' is not a question of mini 1.0"))
    }

    @Test func trendWithAMapFollowsQuestionsAcrossVersions() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = folder.appendingPathComponent("second.yaml").path
        let moved = try CommandRunner.run([
            "migrate", Self.fixtures + "mini-1-response.yaml", "--workbook", "docs/examples/mini.yaml",
            "--to", Self.fixtures + "mini-2.yaml", "--map", Self.fixtures + "mini-1-to-2.yaml", "-o", second,
        ])
        #expect(moved.status == 0, "\(moved.standardError)")
        var text = try String(contentsOfFile: second, encoding: .utf8)
        text = text.replacingOccurrences(of: "period: 2025/26", with: "period: 2026/27")
            .replacingOccurrences(of: "date: 2025-11-14", with: "date: 2026-11-10")
        try text.write(toFile: second, atomically: true, encoding: .utf8)
        let first = folder.appendingPathComponent("first.yaml").path
        try FileManager.default.copyItem(
            atPath: CommandRunner.repository.appendingPathComponent(Self.fixtures + "mini-1-response.yaml").path,
            toPath: first)
        let trend = try CommandRunner.run([
            "trend", folder.path, "--area", "Testshire", "--workbook", "docs/examples/mini.yaml",
            "--workbook", Self.fixtures + "mini-2.yaml", "--map", Self.fixtures + "mini-1-to-2.yaml", "--format",
            "json",
        ])
        #expect(trend.status == 0, "\(trend.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(trend.standardOutput.utf8)) as? [String: Any])
        // Moved through the map, the first round has the same elements as the second: nothing added or removed.
        #expect((json["added"] as? [String])?.isEmpty == true && (json["removed"] as? [String])?.isEmpty == true)
        let reviews = try #require(json["actionReviews"] as? [[String: Any]])
        let actions = try #require(reviews.first?["actions"] as? [[String: Any]])
        #expect(actions.first?["id"] as? String == "panel" && actions.first?["verdict"] as? String == "overdue")
    }
}
