public import WorkbookComparison
public import WorkbookModel
public import WorkbookSupport

/// The pieces of the renderers of a `Comparison` (`workbook compare`) in any report format.
public enum CompareRenderer {
    /// The same bytes as the format's renderer makes, handed to `sink` as they are made: the
    /// rows of thousands of areas go out in pieces and are never joined into one string.
    public static func write(
        _ comparison: Comparison, as format: ReportFormat, options: RenderOptions = RenderOptions(), to sink: ByteSink
    ) {
        let spill = Spill(sink: sink)
        switch format {
        case .text: sink.write(text(comparison, options: options, spill: spill))
        case .json: json(comparison).write(to: sink)
        case .csv: sink.write(csv(comparison, spill: spill))
        case .markdown: sink.write(markdown(comparison, spill: spill))
        case .html: sink.write(html(comparison, spill: spill).markup)
        }
    }

    /// Short marks for bands in a matrix: the first letter of each label when those are
    /// distinct (W, D, S), otherwise the band's number.
    public static func bandMarks(_ workbook: Workbook) -> [String: String] {
        let letters = workbook.bands.map { String($0.label.prefix(1)).uppercased() }
        let unique = Set(letters).count == letters.count
        return Dictionary(
            uniqueKeysWithValues: workbook.bands.enumerated()
                .map { index, band in
                    (band.id, unique ? letters[index] : String(index + 1))
                })
    }

    package static func json(_ comparison: Comparison) -> JSONValue {
        let workbook = comparison.workbook
        return .object([
            ("schemaVersion", .integer(JSONReport.schemaVersion)),
            (
                "workbook",
                .object([
                    ("id", .string(workbook.id)), ("version", .string(workbook.version)),
                    ("title", .string(workbook.title)),
                ])
            ),
            // Made as they are written: the JSON of 100,000 areas is never held whole.
            (
                "areas",
                .generated(count: comparison.areas.count) { [areas = comparison.areas] index in
                    let area = areas[index]
                    let summary = area.summary
                    return .object([
                        ("area", .string(summary.area)), ("plan", .string(summary.plan)),
                        ("period", .string(summary.period)),
                        ("date", .string(summary.date)),
                        ("file", .string(summary.file)),
                        ("overall", .number(summary.overall)), ("chainStrength", .number(summary.chainStrength)),
                        ("coverage", .number(summary.coverage)),
                        ("rank", area.rank.map { .integer($0) } ?? .null),
                        ("lowCoverage", .bool(area.lowCoverage)),
                        ("outlier", .string(area.outlier?.rawValue)),
                        ("weakestLinks", .array(summary.weakestLinks.map { .string($0) })),
                        ("elements", .object(zip(summary.elementIDs, summary.elementScores).map { ($0, .number($1)) })),
                    ])
                }
            ),
            (
                "commonWeakestLinks",
                .array(
                    comparison.commonWeakestLinks.map { link in
                        .object([("element", .string(link.element)), ("areas", .integer(link.areas))])
                    })
            ),
            (
                "elements",
                .array(
                    comparison.elements.map { spread in
                        .object([
                            ("id", .string(spread.id)), ("median", .number(spread.median)),
                            ("min", .number(spread.min)),
                            ("max", .number(spread.max)), ("scored", .integer(spread.scored)),
                            ("splitAreas", .integer(comparison.areasSplit(on: spread.id))),
                        ])
                    })
            ),
            (
                "outliers",
                .object([
                    (
                        "rule",
                        .string(
                            "Tukey's fences: overall below Q1 - 1.5 IQR or above Q3 + 1.5 IQR of the ranked areas; at least 5 ranked areas"
                        )
                    ),
                    ("low", .number(comparison.outlierFences?.low)), ("high", .number(comparison.outlierFences?.high)),
                    (
                        "areas",
                        .array(
                            comparison.areas.outliers
                                .map { area in
                                    .object([
                                        ("area", .string(area.summary.area)), ("plan", .string(area.summary.plan)),
                                        ("period", .string(area.summary.period)),
                                        ("side", .string(area.outlier?.rawValue)),
                                    ])
                                })
                    ),
                ])
            ),
            ("lowCoverageThreshold", .number(Comparator.lowCoverage)),
            ("groupGaps", consensusJSON(comparison)),
        ])
    }

    static func csv(_ comparison: Comparison, spill: Spill = Spill()) -> String {
        let ids = comparison.workbook.elements.map({ $0.id })
        var out =
            CSVReport.byteOrderMark
            + ([
                "rank", "area", "plan", "period", "date", "overall", "chain_strength", "coverage", "low_coverage",
                "outlier",
            ] + ids)
            .map({ $0.csvTextField }).joined(separator: ",") + "\r\n"
        for area in comparison.areas {
            let summary = area.summary
            var cells = [
                area.rank.map(String.init) ?? "", summary.area.csvTextField, (summary.plan ?? "").csvTextField,
                summary.period.csvTextField,
                (summary.date ?? "").csvTextField, number(summary.overall), number(summary.chainStrength),
                number(summary.coverage), area.lowCoverage ? "yes" : "no", area.outlier?.rawValue ?? "",
            ]
            cells += ids.map { number(summary.score($0)) }
            out += cells.joined(separator: ",") + "\r\n"
            spill(&out)
        }
        return out
    }

    static func number(_ value: Double?) -> String {
        value.map { NumberFormatting.trimmed($0, places: 4) } ?? ""
    }
}
