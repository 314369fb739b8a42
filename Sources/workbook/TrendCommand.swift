import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Show one area over its rounds: what improved, what slipped, and whether targets were met.",
        discussion: """
            Give the area's response files or a folder; files about other areas are ignored, and \
            --area may be left out when the files are about one area only. Rounds are ordered by \
            date; a round without a date is placed by its period (2024/25, 2025-26, 2025, Q3 2025), \
            and a round with neither is refused. Changes are between the last round and the \
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

    @Option(help: "The area to follow, exactly as its responses write it (default: the only area in the files).")
    var area: String?

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
        guard failed == 0 else {
            console.note("\(paths.count) files read: \(failed) invalid; fix them or leave them out")
            throw ExitCode.failure
        }
        let areas = Set(outcomes.compactMap { $0.entry?.summary.area }).sorted()
        guard let area = area ?? (areas.count == 1 ? areas[0] : nil) else {
            console.note(
                "error: these files are about \(areas.count) areas (\(areas.joined(separator: ", "))); say which to follow with --area")
            throw ExitCode(64)
        }
        let mine = outcomes.filter { $0.entry?.summary.area == area }
        let ordered: RoundOrder.Ordered
        switch RoundOrder.order(mine.compactMap(\.entry?.summary)) {
        case .success(let result): ordered = result
        case .failure(let unknown):
            for (file, period) in zip(unknown.files, unknown.periods) {
                console.note(
                    "\(file): error: this round has no 'date', and its period '\(period)' does not say when it was, "
                        + "so its place among the rounds cannot be known")
            }
            console.note("  hint: add 'date: YYYY-MM-DD', or write the period as 2025/26, 2025, or Q3 2025")
            throw ExitCode.failure
        }
        // The newest round's workbook version names the elements in the report.
        let newest = ordered.rounds.last.flatMap { last in mine.first { $0.entry?.summary == last } }
        guard let entry = newest?.entry, let latest = resolver.resolve(entry.workbookID, version: entry.workbookVersion)?.workbook
        else {
            let hint = Suggestions.hint(for: area, in: areas) ?? "the areas found are: \(areas.joined(separator: ", "))"
            console.note("error: no response is about the area '\(area)'; \(hint)")
            throw ExitCode.failure
        }
        var refusals = ComparisonIntake.refusals(mine.compactMap(\.entry), checkingDuplicates: true)
        // Different versions are expected over the years: the trend compares what they share.
        refusals.removeAll { $0.code == "compare.mixed-versions" }
        console.print(refusals, for: nil)
        guard refusals.isEmpty else { throw ExitCode.failure }
        let trend: Trend
        do {
            trend = try TrendBuilder.trend(ordered.rounds, area: area, workbook: latest)
        } catch {
            throw ExitCode.failure  // already ordered above: cannot happen
        }
        let options = RenderOptions(colour: output.colour(console: console))
        try output.emit(
            text: { TrendRenderer.render(trend, as: $0, options: options) }, document: { try TrendDocument.render(trend) },
            inputs: paths + workbooks, console: console)
    }
}
