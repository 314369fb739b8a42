import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare many areas on one workbook: a matrix of scores, ranks, common weakest links, outliers.",
        discussion: """
            Give response files or folders (every .yaml file in a folder is read). All must \
            answer the same workbook and version, and no area (or area and plan, when responses \
            name the plan they assess) may appear twice in one period; \
            otherwise nothing is compared and every problem is listed. Areas with under half \
            their questions answered are shown but not ranked. docs/compare.md explains each figure. \
            --format docx (with -o) writes the heat map as a Word table on A4 landscape.

            Examples:
              workbook compare examples/areas
              workbook compare examples/areas --format html -o areas.html
              workbook compare examples/areas/ashbrook.yaml examples/areas/askerby.yaml
              workbook compare examples/areas --format csv -o areas.csv
              workbook compare examples/plans --area Eastbridge

            Exit status: 0 done; 1 a file is invalid, the set is mixed, or the output cannot be written.
            """
    )

    @Argument(help: "Response files, or folders of them.", completion: .file(extensions: ["yaml", "yml"]))
    var responses: [String]

    @Option(help: "Compare only this area's responses: for example its plans side by side.")
    var area: String?

    @OptionGroup var workbookOption: WorkbookOption

    @OptionGroup var output: OutputOptions

    func run() throws {
        var console = Console()
        let resolver = try workbookOption.resolver(console: &console)
        var paths = try ResponseBatch.expand(responses, console: console)
        guard !paths.isEmpty else {
            console.note("error: no response files to compare")
            throw ExitCode.failure
        }
        // Packed as they are read: at 100,000 files every per-file copy counts (issue 22).
        let loaded = ResponseBatch.loadRecords(paths, resolver: resolver, console: console)
        // The records name every file read: the list of paths goes (at 100,000 files, 8 MB).
        let fileCount = paths.count
        paths = PathList()
        for rendered in loaded.diagnostics { console.printRendered(rendered) }
        let failed = loaded.failed
        let read = loaded.records
        var records = read
        if let area {
            records = read.filter { read.area($0) == area }
            if records.isEmpty, !read.isEmpty {
                let areas = Set(read.indices.map { read.area($0) }).sorted()
                let hint =
                    Suggestions.hint(for: area, in: areas) ?? "the areas found are: \(areas.joined(separator: ", "))"
                console.note("error: no response is about the area '\(area)'; \(hint)")
                throw ExitCode.failure
            }
        }
        let refusals = ComparisonIntake.refusals(records)
        console.print(refusals, for: nil)
        // Every record answers the same workbook version (or there are refusals): the first names it.
        var workbook: Workbook?
        if !records.isEmpty {
            workbook = resolver.resolve(records.workbookID(0), version: records.workbookVersion(0))?.workbook
        }
        guard failed == 0, refusals.isEmpty, let workbook else {
            console.note(
                "\(fileCount) files read: \(failed) invalid\(refusals.isEmpty ? "" : ", and the set cannot be compared"); nothing compared"
            )
            throw ExitCode.failure
        }
        let comparison = Comparator.compare(records, on: workbook)
        let options = RenderOptions(colour: output.colour(console: console))
        // Only -o needs the inputs (never to write over one); every one was read, so is a record.
        // Looked at one by one, never gathered (at 100,000 files a list of them was 6 MB).
        let named = [workbookOption.workbook].compactMap { $0 }
        let inputs = (0..<(read.count + named.count)).lazy
            .map { $0 < read.count ? read.file($0) : named[$0 - read.count] }
        if let format = output.format.textFormat {
            try output.emit(
                streaming: { CompareRenderer.write(comparison, as: format, options: options, to: $0) }, inputs: inputs,
                console: console)
            return
        }
        let bytes = try output.render(
            text: { $0.comparisonRenderer.render(comparison, options: options) },
            xlsx: { ReportSheets.compare(comparison) },
            docx: { try CompareDocument.render(comparison) })
        try output.emit(bytes: bytes, inputs: inputs, console: console)
    }
}
