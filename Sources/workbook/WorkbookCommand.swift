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
        subcommands: [CheckCommand.self, ShowCommand.self, NewCommand.self, ReportCommand.self, CompareCommand.self, TrendCommand.self, FormCommand.self, SchemaCommand.self]
    )

    /// Runs the command; then, however it ends, a failed write to standard output or error
    /// (a full disk, `> /dev/full`) makes the exit status 1, as gnulib's `close_stdout` does.
    static func main() {
        atexit { FileAccess.failIfAnOutputStreamFailed() }
        main(nil)
    }
}

enum WorkbookVersion {
    static let current = "0.1.0"
}
