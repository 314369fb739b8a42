import Foundation
import Testing

/// What a user reads before anything else: `--help`, its examples, the schema command and
/// shell completion.
struct HelpAndCompletionTests {
    /// The command itself ("") and every subcommand.
    static let commands = ["", "check", "show", "new", "report", "compare", "trend", "migrate", "form", "schema"]
    static let subcommands = commands.dropFirst()
    static let formats = ["text", "json", "markdown", "csv", "html"]

    /// `workbook [command] --help` as an 80-column terminal shows it.
    static func help(_ command: String) throws -> String {
        let arguments = (command.isEmpty ? [] : [command]) + ["--help"]
        let result = try CommandRunner.run(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(command) --help: \(result.standardError)")
        return result.standardOutput
    }

    /// The commands under "Examples:", with `\` continuation lines joined.
    static func examples(in help: String) -> [String] {
        let lines = help.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Examples:") else { return [] }
        var examples: [String] = []
        var continuing = false
        for line in lines[(start + 1)...] {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { break }
            let part = text.hasSuffix("\\") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
            if continuing, let last = examples.popLast() {
                examples.append(last + " " + part)
            } else {
                examples.append(part)
            }
            continuing = text.hasSuffix("\\")
        }
        return examples
    }

    @Test(arguments: commands)
    func helpHasAnAbstractADiscussionExamplesAndExitStatus(_ command: String) throws {
        let text = try Self.help(command)
        let name = command.isEmpty ? "workbook" : command
        let sections = text.components(separatedBy: "\n\n")
        #expect(sections.first?.hasPrefix("OVERVIEW: ") == true, "\(name): no abstract")
        #expect(sections.count > 2 && !sections[1].hasPrefix("Examples:"), "\(name): no discussion before the examples")
        let examples = Self.examples(in: text)
        #expect(!examples.isEmpty, "\(name): no examples")
        for example in examples {
            #expect(
                example.hasPrefix("workbook "),
                "\(name): '\(example)' is not a command (an example wider than 80 columns wraps)")
            if !command.isEmpty { #expect(example.hasPrefix("workbook \(command) ")) }
        }
        #expect(text.contains("Exit status: 0 "), "\(name): no exit status")
    }

    /// Every example in every `--help`, run as written from the repository root; a file it
    /// writes (`-o FILE`, `> FILE`) goes to a temporary folder instead.
    @Test(arguments: commands)
    func everyExampleInTheHelpRuns(_ command: String) throws {
        for example in Self.examples(in: try Self.help(command)) where example.hasPrefix("workbook ") {
            let folder = try CommandRunner.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            var words = example.components(separatedBy: " ")
            words[0] = "'\(CommandRunner.binary.path)'"
            var outputs: [String] = []
            for index in words.indices.dropFirst() where ["-o", "--output", ">"].contains(words[index - 1]) {
                let path = folder.appendingPathComponent(words[index]).path
                outputs.append(path)
                words[index] = "'\(path)'"
            }
            let result = try Self.shell(words.joined(separator: " "))
            let allowed: Set<Int32> = example.contains("--fail-on") ? [0, 2] : [0]
            #expect(allowed.contains(result.status), "\(example): exit \(result.status)\n\(result.standardError)")
            for output in outputs {
                let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
                #expect(size > 0, "\(example): wrote nothing to \(output)")
            }
            if outputs.isEmpty {
                #expect(!(result.standardOutput + result.standardError).isEmpty, "\(example): printed nothing")
            }
        }
    }

    static func shell(_ command: String) throws -> CommandRunner.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = CommandRunner.repository
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    // MARK: The schema command

    @Test func schemaPrintsExactlyTheFilesInSchemas() throws {
        for kind in ["workbook", "response", "migration"] {
            let result = try CommandRunner.run(["schema", kind])
            #expect(result.status == 0)
            let path = "schemas/\(kind).schema.json"
            let file = try String(contentsOf: CommandRunner.repository.appendingPathComponent(path), encoding: .utf8)
            #expect(result.standardOutput == file, "\(path) is stale: RECORD_GOLDENS=1 swift test --filter Schema")
        }
    }

    @Test func schemaRefusesAnUnknownKindAsAUsageError() throws {
        let result = try CommandRunner.run(["schema", "workbooks"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("workbook"))
    }

    // MARK: Shell completion

    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptNamesEverySubcommandAndFormat(_ shell: String) throws {
        let result = try CommandRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.standardError)")
        let script = result.standardOutput
        for command in Self.subcommands { #expect(script.contains(command), "\(shell): no '\(command)'") }
        for format in Self.formats { #expect(script.contains(format), "\(shell): no format '\(format)'") }
        for severity in ["info", "warning", "critical"] {
            #expect(script.contains(severity), "\(shell): no '\(severity)'")
        }
        for command in ["show", "new", "form"] {
            // A WORKBOOK argument asks the binary itself for its completions.
            #expect(
                script.contains("---completion \(command) -- positional@0"),
                "\(shell): \(command) has no workbook completion")
        }
    }

    @Test func theBashScriptOffersTheFormatValues() throws {
        let script = try CommandRunner.run(["--generate-completion-script", "bash"]).standardOutput
        #expect(script.contains("'text'$'\\n''json'$'\\n''markdown'$'\\n''csv'$'\\n''html'"))
        #expect(script.contains("'workbook'$'\\n''response'"), "schema's argument")
    }

    /// The entry point the scripts call: `workbook ---completion SUBCOMMAND -- ARGUMENT
    /// WORD-INDEX CURSOR-INDEX WORD...`, as the bash script calls it after TAB.
    static func complete(_ command: String, typing word: String) throws -> [String] {
        let result = try CommandRunner.run(
            ["---completion", command, "--", "positional@0", "2", "\(word.count)", "workbook", command, word])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput.split(separator: "\n").map(String.init)
    }

    @Test(arguments: ["show", "new", "form"])
    func aWorkbookArgumentCompletesBundledIdsAndYAMLFiles(_ command: String) throws {
        let offered = try Self.complete(command, typing: "")
        for id in [
            "pots", "christmas-tree", "place-based-planning", "inclusion-health", "community-engagement",
            "delivery-plan",
        ] {
            #expect(offered.contains(id), "\(command): \(offered)")
        }
        #expect(offered.contains("workbooks/"), "folders, to reach a workbook file: \(offered)")
        #expect(!offered.contains("Package.swift"), "only YAML files")
        let inFolder = try Self.complete(command, typing: "workbooks/")
        #expect(inFolder.contains("workbooks/pots.yaml"), "\(inFolder)")
        #expect(!inFolder.contains("pots"), "ids are offered only before a path starts")
    }
}
