import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a filled-in response spreadsheet (from 'workbook form --format xlsx') into a response file.",
        discussion: """
            Reads the Responses sheet as Excel, LibreOffice or Google Sheets saved it: rows may \
            have been sorted, inserted or left blank, sheets added, and ratings typed as text or \
            as 3.0. The response is checked exactly as a YAML file is, and every problem is \
            printed with its cell (north.xlsx:Responses!D14: error: 5 is not on the scale of \
            'pots'). Nothing is written unless the whole sheet is valid. 'check', 'report', \
            'compare' and 'trend' also read a response spreadsheet directly. A file that is \
            encrypted, has macros, declares a DTD or is over a limit is refused \
            (docs/limits.md).

            Examples:
              workbook import north.xlsx -o north-2025-26.yaml
              workbook import north.xlsx
              workbook import --workbook my-workbook.yaml north.xlsx -o north.yaml

            Exit status: 0 imported; 1 the sheet has errors, cannot be read, or the file cannot be written.
            """
    )

    @Argument(help: "The response spreadsheet (.xlsx).", completion: .file(extensions: ["xlsx"]))
    var spreadsheet: String

    @OptionGroup var workbookOption: WorkbookOption

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Write the response to this file (never over an existing one) instead of standard output.",
            valueName: "file"),
        completion: .file(extensions: ["yaml"]))
    var output: String?

    func run() throws {
        var console = Console()
        let resolver = try workbookOption.resolver(console: &console)
        guard let input = console.read(spreadsheet) else { throw ExitCode(1) }
        guard OfficeResponse.isSpreadsheet(input) else {
            console.print(
                [
                    .error(
                        .notResponseSheet, "\(spreadsheet) is not a spreadsheet", at: nil,
                        hint: "a YAML response needs no import: run workbook check \(spreadsheet)")
                ], for: nil)
            throw ExitCode(1)
        }
        let (result, yaml) = ResponseSheetImport.load(input, resolver: resolver)
        console.print(result.diagnostics, for: nil)
        guard let loaded = result.value, let yaml else {
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            console.note("\(spreadsheet): \(errors) error\(errors == 1 ? "" : "s"); nothing written")
            throw ExitCode(1)
        }
        let answered = loaded.response.answers.filter { $0.value != .blank }.count
        guard let output else {
            FileAccess.writeStandardOutput(yaml)
            return
        }
        do {
            try FileAccess.write(Array(yaml.utf8), to: output, inputs: [spreadsheet], overwrite: false)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
        console.note(
            "wrote \(output): \(loaded.response.area), \(loaded.response.period), \(answered) of \(loaded.workbook.questions.count) questions answered"
        )
    }
}
