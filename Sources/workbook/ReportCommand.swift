import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Score a response and report on it: overall, chain strength, weakest links, findings.",
        discussion: """
            The text report is the summary to read out at the end of a workshop; html is one \
            self-contained page to send round or print; markdown is for papers and wikis; csv \
            is for spreadsheets; json is for other tools (see docs/json.md); docx is an editable \
            Word document for committee papers (it needs -o; docs/word.md). html, markdown and \
            docx open with "At a glance", the page a board reads alone. With --previous, \
            the report also shows the change since the earlier round and whether its targets \
            were met, and rules can use 'previous.'.

            Examples:
              workbook report examples/pots-northmoor.yaml
              workbook report examples/pots-northmoor.yaml \\
                  --previous examples/pots-northmoor-2024.yaml -o northmoor.txt
              workbook report examples/pots-northmoor.yaml --format json -o northmoor.json
              workbook report examples/pots-northmoor.yaml -o northmoor.docx
              workbook report examples/pots-northmoor.yaml --fail-on critical

            Exit status: 0 done; 1 an input is invalid or the output cannot be written; \
            2 a finding at the --fail-on severity or above fired (the report is still written).
            """
    )

    @Argument(help: "The response file to report on.", completion: .file(extensions: ["yaml", "yml"]))
    var response: String

    @OptionGroup var workbookOption: WorkbookOption

    @Option(
        help: ArgumentHelp("The same area's earlier response, for change over time.", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var previous: String?

    @OptionGroup var output: OutputOptions

    @Option(
        help: ArgumentHelp("Exit with status 2 when a finding at this severity or above fires.", valueName: "severity"))
    var failOn: Rule.Severity?

    func run() throws {
        var console = Console()
        let resolver = try workbookOption.resolver(console: &console)
        let loaded = try console.loadResponse(response, resolver: resolver)
        var earlier: Response?
        if let previous {
            let before = try console.loadResponse(previous, resolver: resolver)
            guard before.workbook.id == loaded.workbook.id else {
                console.note(
                    "error: \(previous) answers '\(before.workbook.id)', but \(response) answers '\(loaded.workbook.id)'"
                )
                throw ExitCode(1)
            }
            if before.response.assessed != loaded.response.assessed {
                console.note(
                    "warning: \(previous) is for '\(before.response.assessed)', not '\(loaded.response.assessed)'")
            }
            let (then, now) = (before.response, loaded.response)
            if RoundOrder.isBefore(date: then.date, period: then.period, date: now.date, period: now.period) == false {
                let when = { (round: Response) in round.period + (round.date.map { ", \($0)" } ?? "") }
                console.note(
                    "\(previous): warning: this round (\(when(then))) is not earlier than \(response) (\(when(now))), "
                        + "so the changes and targets below compare the wrong way round [\(DiagnosticCode.previousNotEarlier.rawValue)]"
                )
                console.note("  hint: give the earlier round with --previous and the later one as the response")
            }
            earlier = before.response
        }
        let report = WorkbookPipeline.report(loaded, previous: earlier)
        let options = RenderOptions(colour: output.colour(console: console))
        let bytes = try output.render(
            text: { $0.renderer.render(report, options: options) }, xlsx: { ReportSheets.report(report) },
            docx: { try ReportDocument.render(report) })
        try output.emit(
            bytes: bytes, inputs: [response, previous, workbookOption.workbook].compactMap { $0 }, console: console)
        if let failOn, report.findings.contains(where: { $0.severity >= failOn }) {
            throw ExitCode(2)
        }
    }
}

extension Console {
    /// Reads and loads a response, printing its diagnostics; exits 1 if it is invalid.
    mutating func loadResponse(_ path: String, resolver: WorkbookResolver) throws -> LoadedResponse {
        guard let input = read(path) else { throw ExitCode(1) }
        let result = OfficeResponse.load(input, resolver: resolver)
        print(result.diagnostics, for: OfficeResponse.isSpreadsheet(input) ? nil : input)
        guard let loaded = result.value else { throw ExitCode(1) }
        return loaded
    }
}
