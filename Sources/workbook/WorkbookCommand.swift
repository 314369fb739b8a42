import ArgumentParser
import Glibc
import WorkbookCore

/// The `workbook` command: validate, show, fill in and report on diagnostic workbooks.
@main
struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Score health-inequalities diagnostic workbooks and report on them.",
        discussion: """
            A workbook (YAML) describes a framework: its elements, questions, rating scale and \
            rules. A response (YAML) records one area's ratings in one round. Bundled \
            workbooks: \(BundledWorkbooks.ids.joined(separator: ", ")). The docs/ folder of \
            the repository explains the file formats, the scores and the reports.

            Examples:
              workbook show pots
              workbook new pots --area Northmoor --period 2025/26 -o northmoor.yaml
              workbook report examples/pots-northmoor.yaml
              workbook --generate-completion-script bash

            Exit status: 0 done; 1 an input is invalid (diagnostics on standard error); \
            2 --fail-on was reached; 64 the command line is wrong.
            """,
        version: WorkbookVersion.current,
        subcommands: [
            CheckCommand.self, ShowCommand.self, NewCommand.self, ReportCommand.self, MergeCommand.self,
            CompareCommand.self, TrendCommand.self, MigrateCommand.self, FormCommand.self, ImportCommand.self,
            SchemaCommand.self, ModelJSONCommand.self,
        ]
    )
}

extension WorkbookCommand {
    /// Runs the command line, first naming an unknown command with a "did you mean" (where
    /// ArgumentParser would say "3 unexpected arguments"); then, however it ends, a failed
    /// write to standard output or error (a full disk, `> /dev/full`) makes the exit status
    /// 1, as gnulib's `close_stdout` does.
    static func main() {
        Memory.giveBackFreedMemory()
        atexit { FileAccess.failIfAnOutputStreamFailed() }
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, let message = unknownCommand(first) {
            FileAccess.writeStandardError(message)
            Self.exit(withError: ExitCode(64))
        }
        Self.main(arguments)
    }

    /// The message for a first argument that is neither an option, a command nor a file, or nil.
    static func unknownCommand(_ word: String) -> String? {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word), !word.contains("/"), !word.contains(".") else { return nil }
        let suggestion = Suggestions.closest(to: word, in: names).map { " Did you mean '\($0)'?" } ?? ""
        return "Error: '\(word)' is not a workbook command.\(suggestion)\n"
            + "The commands are: \(names.filter { $0 != "help" }.joined(separator: ", ")). See 'workbook --help'.\n"
    }
}
