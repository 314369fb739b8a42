import ArgumentParser
import WorkbookCore

extension TrendCommand {
    /// Rounds written for an older workbook version, moved to the newer one through `--map`
    /// files (as `workbook migrate` would), so renamed, split and merged questions are followed.
    ///
    /// - Parameters:
    ///   - rounds: the area's summaries as read, each scored on the version it names.
    ///   - mapPaths: the `--map` files; each must say `from` and `to`, both given with `--workbook`.
    ///   - workbooks: the compiled `--workbook` files.
    ///   - console: where problems, and each round moved, are reported.
    /// - Returns: the rounds in the same order, each that a map moves scored on the newer version.
    /// - Throws: `ExitCode.failure` when a map or a round cannot be read or loaded, or a map's
    ///   versions are not both given with `--workbook`; the reason is printed first.
    static func migrating(
        _ rounds: [AreaSummary], maps mapPaths: [String], workbooks: [CompiledWorkbook], console: inout Console
    ) throws -> [AreaSummary] {
        var rounds = rounds
        for path in mapPaths {
            guard let input = console.read(path) else { throw ExitCode.failure }
            // The map names its versions; find both among the --workbook files before checking its ids.
            let peek = YAMLParser.parseDocument(input).root?.pairs
            let from = peek?.value(forKey: "from")?.text
            let to = peek?.value(forKey: "to")?.text
            guard let from, let to,
                let old = workbooks.first(where: { $0.workbook.version == from }),
                let new = workbooks.first(where: { $0.workbook.version == to })
            else {
                let versions = workbooks.map(\.workbook.version).joined(separator: ", ")
                console.note(
                    "error: \(path) must say 'from' and 'to', and both versions must be given with --workbook (given: \(versions))"
                )
                throw ExitCode.failure
            }
            let map = try MigrateCommand.loadMap(path, from: old.workbook, to: new.workbook, console: &console)
            for (index, round) in rounds.enumerated()
            where (round.statedVersion ?? old.workbook.version) == from
                && round.elementIDs == old.workbook.elements.map(\.id)
            {
                let loaded = try console.loadResponse(round.file, resolver: .only(old))
                let moved = Migrator.migrate(loaded.response, from: old.workbook, to: new.workbook, map: map)
                rounds[index] = AreaSummary(
                    LoadedResponse(response: moved.response, workbook: new.workbook), file: round.file)
                console.note(
                    "\(round.file): moved from version \(from) to \(to) with \(path) (\(moved.keptInNotes.count) kept in its notes)"
                )
            }
        }
        return rounds
    }
}
