import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Show one area over its rounds: what improved, what slipped, and whether targets were met.",
        discussion: """
            Give the area's response files or a folder; files about other areas are ignored. \
            Rounds are ordered by date, then period. Changes are between the last round and the \
            one before; last round's weakest links and targets are checked against the latest. \
            If the workbook changed version between rounds, give each version with --workbook: \
            only elements both versions share are compared, and the report says which were \
            added or removed.

            Examples:
              workbook trend examples/rounds --area "Harrowgate Moor"
              workbook trend examples/rounds --area "Harrowgate Moor" \\
                  --format html -o trend.html

            Exit status: 0 done; 1 a file is invalid, no file is about the area, or the output cannot be written.
            """
    )

    @Argument(help: "Response files, or folders of them.", completion: .file(extensions: ["yaml", "yml"]))
    var responses: [String]

    @Option(help: "The area to follow, exactly as its responses write it.")
    var area: String

    @Option(
        name: .customLong("workbook"),
        help: ArgumentHelp("A workbook file (repeat it for several versions; default: the bundled workbook each response names).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var workbooks: [String] = []

    @OptionGroup var output: OutputOptions

    func run() throws {
        var console = Console()
        let resolver: WorkbookResolver
        if workbooks.isEmpty {
            resolver = BundledWorkbooks.resolver
        } else {
            resolver = .any(of: try workbooks.map { try WorkbookArgument.compile($0, console: &console) })
        }
        let paths = try ResponseBatch.expand(responses, console: console)
        let outcomes = ResponseBatch.load(paths, resolver: resolver, console: console)
        for outcome in outcomes { console.printRendered(outcome.renderedDiagnostics) }
        let failed = outcomes.filter(\.failed).count
        let mine = outcomes.filter { $0.entry?.summary.area == area }
        guard failed == 0 else {
            console.note("\(paths.count) files read: \(failed) invalid; fix them or leave them out")
            throw ExitCode.failure
        }
        // The newest round's workbook version names the elements in the report.
        let newest = mine.max { lhs, rhs in
            let (l, r) = (lhs.entry?.summary, rhs.entry?.summary)
            return (l?.date ?? "", l?.period ?? "") < (r?.date ?? "", r?.period ?? "")
        }
        guard let entry = newest?.entry, let latest = resolver.resolve(entry.workbookID, version: entry.workbookVersion)?.workbook
        else {
            let areas = Set(outcomes.compactMap { $0.entry?.summary.area }).sorted()
            let hint = Suggestions.hint(for: area, in: areas) ?? "the areas found are: \(areas.joined(separator: ", "))"
            console.note("error: no response is about the area '\(area)'; \(hint)")
            throw ExitCode.failure
        }
        var refusals = ComparisonIntake.refusals(mine.compactMap(\.entry), checkingDuplicates: true)
        // Different versions are expected over the years: the trend compares what they share.
        refusals.removeAll { $0.code == "compare.mixed-versions" }
        console.print(refusals, for: nil)
        guard refusals.isEmpty else { throw ExitCode.failure }
        let rounds = mine.compactMap(\.entry?.summary)
        let trend = TrendBuilder.trend(rounds, area: area, workbook: latest)
        let options = RenderOptions(colour: output.colour(console: console))
        let bytes = output.render(text: { TrendRenderer.render(trend, as: $0, options: options) }, xlsx: { ReportSheets.trend(trend) })
        try output.emit(bytes: bytes, inputs: paths + workbooks, console: console)
    }
}
