import ArgumentParser
import WorkbookCore
import WorkbookOffice

struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Show one area over its rounds: what improved, what slipped, and whether targets were met.",
        discussion: """
            Give the area's response files or a folder; files about other areas are ignored, and \
            --area may be left out when the files are about one area only. If the area's responses each assess one plan (their 'plan:' line), follow one plan \
            with --plan. Rounds are ordered by \
            date; a round without a date is placed by its period (2024/25, 2025-26, 2025, Q3 2025), \
            and a round with neither is refused. Changes are between the last round and the \
            one before; last round's weakest links and targets are checked against the latest. \
            If the workbook changed version between rounds, give each version with --workbook: \
            only elements both versions share are compared, and the report says which were \
            added or removed. With --map (a 'workbook migrate' map), the rounds of the map's \
            old version are moved to the new one first, so renamed, split and merged questions \
            are followed across the change. Each round's actions are judged at the round after.

            Examples:
              workbook trend examples/rounds --area "Harrowgate Moor"
              workbook trend examples/rounds --area "Harrowgate Moor" \\
                  --format html -o trend.html
              workbook trend examples/plans --area Eastbridge --plan "Tobacco control"

            Exit status: 0 done; 1 a file is invalid, no file is about the area, or the output cannot be written.
            """
    )

    @Argument(help: "Response files, or folders of them.", completion: .file(extensions: ["yaml", "yml"]))
    var responses: [String]

    @Option(help: "The area to follow, exactly as its responses write it (default: the only area in the files).")
    var area: String?

    @Option(help: "The plan to follow within the area, as its responses write it (needed when they assess several).")
    var plan: String?

    @Option(
        name: .customLong("workbook"),
        help: ArgumentHelp(
            "A workbook file (repeat it for several versions; default: the bundled workbook each response names).",
            valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var workbooks: [String] = []

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp(
            "A migration map (docs/formats.md): move the rounds of its 'from' version to its 'to' version before comparing.",
            valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var maps: [String] = []

    @OptionGroup var output: OutputOptions

    func run() throws {
        var console = Console()
        let resolver: WorkbookResolver
        let compiled = try workbooks.map { try WorkbookArgument.compile($0, console: &console) }
        if workbooks.isEmpty {
            resolver = BundledWorkbooks.resolver
        } else {
            resolver = .any(of: compiled)
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
                "error: these files are about \(areas.count) areas (\(areas.joined(separator: ", "))); say which to follow with --area"
            )
            throw ExitCode(64)
        }
        let (mine, followed) = try onePlan(
            of: outcomes.filter { $0.entry?.summary.area == area }, area: area, console: console)
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
        guard let entry = newest?.entry,
            let latest = resolver.resolve(entry.workbookID, version: entry.workbookVersion)?.workbook
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
        let rounds = try Self.migrating(ordered.rounds, maps: maps, workbooks: compiled, console: &console)
        let trend: Trend
        do {
            trend = try TrendBuilder.trend(rounds, area: area, plan: followed, workbook: latest)
        } catch {
            throw ExitCode.failure  // already ordered above: cannot happen
        }
        let options = RenderOptions(colour: output.colour(console: console))
        let bytes = try output.render(
            text: { $0.trendRenderer.render(trend, options: options) }, xlsx: { ReportSheets.trend(trend) },
            docx: { try TrendDocument.render(trend) })
        try output.emit(bytes: bytes, inputs: paths + workbooks + maps, console: console)
    }

    /// The area's responses about one plan: the plan given with --plan, or the one plan (or
    /// the whole area) that all of them assess. Several plans without --plan is an error.
    private func onePlan(of outcomes: [ResponseBatch.Outcome], area: String, console: Console) throws -> (
        [ResponseBatch.Outcome], String?
    ) {
        let plans = Set(outcomes.map { $0.entry?.summary.plan })
        let names = plans.map { $0 ?? "(the whole area)" }.sorted()
        if let plan {
            let chosen = outcomes.filter { $0.entry?.summary.plan == plan }
            if chosen.isEmpty, !outcomes.isEmpty {
                let hint =
                    Suggestions.hint(for: plan, in: plans.compactMap { $0 })
                    ?? "its plans are: \(names.joined(separator: ", "))"
                console.note("error: no response about '\(area)' assesses the plan '\(plan)'; \(hint)")
                throw ExitCode.failure
            }
            return (chosen, plan)
        }
        guard plans.count <= 1 else {
            console.note(
                "error: the responses about '\(area)' assess several plans (\(names.joined(separator: ", "))); choose one with --plan"
            )
            throw ExitCode.failure
        }
        return (outcomes, plans.first ?? nil)
    }
}
