public import WorkbookDiagnostics
public import WorkbookLoading
public import WorkbookModel

/// Combines the responses of several tables or people, for the same workbook, area and
/// period, into one response whose answers carry each rater's rating (`workbook merge`).
///
/// A file's ratings are attributed to the raters it declares (`raters:`, for a file already
/// merged or typed up from paper sheets), or else to its one rater: its `rater:`, its
/// `facilitator:`, or failing both its file name, which the merged notes then say. The same
/// rating from the same rater twice adds nothing, so merging a file twice, or a merged file
/// with one of its parts, gives the same result; two different ratings are refused, naming
/// both files and lines. Evidence and notes are kept line by line, each attributed to its
/// rater, and a line already there is not added again.
public enum ResponseMerger {
    /// Merges responses.
    ///
    /// - Parameter responses: the loaded responses, in the order given; each one's
    ///   `location.file` names it in messages.
    /// - Returns: the merged response's text, nil when any diagnostic is an error, and every
    ///   diagnostic (refusals, conflicts, and warnings about what was kept).
    public static func merge(_ responses: [LoadedResponse]) -> LoadResult<String> {
        guard let first = responses.first else { return LoadResult(value: nil, diagnostics: []) }
        var merged = MergedResponse(first)
        var diagnostics: [Diagnostic] = []
        for loaded in responses {
            if let refusal = differs(loaded, from: first) {
                diagnostics.append(refusal)
                continue
            }
            merged.add(loaded, diagnostics: &diagnostics)
        }
        guard !diagnostics.containsErrors else { return LoadResult(value: nil, diagnostics: diagnostics) }
        return LoadResult(value: MergedResponseWriter.text(merged), diagnostics: diagnostics)
    }

    /// Why a file cannot be merged with the first, if it cannot.
    static func differs(_ loaded: LoadedResponse, from first: LoadedResponse) -> Diagnostic? {
        let (this, that) = (loaded.response, first.response)
        let checks: [(String, String, String)] = [
            ("workbook", this.workbookID, that.workbookID),
            (
                "version", this.workbookVersion ?? loaded.workbook.version,
                that.workbookVersion ?? first.workbook.version
            ),
            ("area", this.area, that.area),
            ("plan", this.plan ?? "(none)", that.plan ?? "(none)"),
            ("period", this.period, that.period),
        ]
        guard let (what, mine, theirs) = checks.first(where: { $0.1 != $0.2 }) else { return nil }
        return .error(
            .mergeDifferentResponse,
            "\(this.location.file) is for \(what) '\(mine)', but \(that.location.file) is for \(what) '\(theirs)'",
            at: this.location,
            hint: "merge only one area's files for one round; check the \(what) line of each file")
    }

    /// The name a file's unattributed ratings go under, and why.
    static func ownRater(of response: Response) -> (name: String, group: String?, note: String?) {
        if let rater = response.rater { return (rater.name, rater.group, nil) }
        let file = response.location.file
        if let facilitator = response.facilitator {
            return (
                facilitator, nil,
                "\(facilitator): named from the facilitator line of \(baseName(file)), which names no rater"
            )
        }
        let name = stem(file)
        return (name, nil, "\(name): named after its file, \(baseName(file)), which names no rater")
    }

    static func baseName(_ path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path))
    }

    static func stem(_ path: String) -> String {
        let base = baseName(path)
        for suffix in [".yaml", ".yml"] where base.lowercased().hasSuffix(suffix) && base.count > suffix.count {
            return String(base.dropLast(suffix.count))
        }
        return base
    }
}

extension DiagnosticCode {
    /// Files for another workbook, version, area or period than the first file given.
    public static let mergeDifferentResponse: DiagnosticCode = "merge.different-response"
    /// A rater who gave two different ratings to one question (or two groups, or two targets differ).
    public static let mergeConflict: DiagnosticCode = "merge.conflict"
    /// Several ratings in one answer with no rater named: they cannot be attributed.
    public static let mergeUnnamedRatings: DiagnosticCode = "merge.unnamed-ratings"
    /// The files disagree on something the merged file can hold only once; it keeps one.
    public static let mergeKeptOne: DiagnosticCode = "merge.kept-one"
}

extension StringProtocol {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
