import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check workbook and response files and list every problem, with its line.",
        discussion: """
            Every problem in every file is printed as file:line:col: error: message, with the \
            line, a caret under the problem and, where one fits, a "did you mean". A workbook is \
            checked as a whole: its ids and references, scale, bands, weights and rules. A \
            response finds its workbook among the bundled ones by the id in its 'workbook:' \
            line, or uses --workbook FILE, and every answer is checked against that workbook's \
            questions and scale. A response spreadsheet (made by 'workbook form --format xlsx') \
            is checked as the response it holds, each problem named by its cell \
            (north.xlsx:Responses!D14). Warnings (a band no score can reach, a weight of 0) do not make \
            a file invalid.

            Examples:
              workbook check workbooks/pots.yaml
              workbook check examples/*.yaml
              workbook check --workbook docs/examples/mini.yaml \\
                  docs/examples/mini-response.yaml

            Exit status: 0 every file is valid (warnings allowed); 1 a file has errors or cannot be read.
            """
    )

    @Argument(help: "Workbook or response files.", completion: .file(extensions: ["yaml", "yml", "xlsx"]))
    var files: [String]

    @OptionGroup var workbookOption: WorkbookOption

    func run() throws {
        var console = Console()
        let resolver = try workbookOption.resolver(console: &console)
        var invalid = 0
        var warnings = 0
        for path in files {
            guard let input = console.read(path) else {
                invalid += 1
                continue
            }
            let spreadsheet = OfficeResponse.isSpreadsheet(input)
            let (kind, diagnostics) =
                spreadsheet
                ? (.response, OfficeResponse.load(input, resolver: resolver).diagnostics)
                : WorkbookPipeline.check(input, resolver: resolver)
            console.print(diagnostics, for: spreadsheet ? nil : input)
            warnings += diagnostics.filter { $0.severity == .warning }.count
            if diagnostics.containsErrors {
                invalid += 1
            } else {
                let what = kind == .workbook ? "workbook" : "response"
                console.note("\(path): valid \(what)")
            }
        }
        let summary =
            invalid == 0
            ? "\(files.count) file\(files.count == 1 ? "" : "s") checked: all valid"
            : "\(files.count) file\(files.count == 1 ? "" : "s") checked: \(invalid) invalid"
        console.note(summary + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
        if invalid > 0 { throw ExitCode(1) }
    }
}
