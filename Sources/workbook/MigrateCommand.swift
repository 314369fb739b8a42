import ArgumentParser
import WorkbookCore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Move a response to a new version of its workbook, losing no answer.",
        discussion: """
            Questions and elements keep their id unless the map (--map MAP.yaml, format in \
            docs/formats.md) says where they went: renamed (old-id: new-id), split (old-id: \
            [new-a, new-b]: each part takes the old answer), merged (several old ids to one new \
            id: it takes all their ratings) or removed (old-id: with nothing after it). An \
            answer with no place in the new version is written into the response's notes, word \
            for word, and listed here: nothing is dropped. The new file passes 'workbook check' \
            against the new version (the command checks it before writing). Comments in the old \
            file are not kept.

            Examples:
              workbook migrate docs/examples/mini-response.yaml \\
                  --workbook docs/examples/mini.yaml --to docs/examples/mini-2.yaml \\
                  --map docs/examples/mini-1-to-2.yaml -o mini-2-response.yaml

            Exit status: 0 written; 1 the response, a workbook or the map is invalid, the map is \
            for another version, or the file cannot be written.
            """
    )

    @Argument(help: "The response to move.", completion: .file(extensions: ["yaml", "yml"]))
    var response: String

    @Option(
        help: ArgumentHelp("The new version of the workbook: a file, or a bundled id.", valueName: "workbook"),
        completion: .file(extensions: ["yaml", "yml"]))
    var to: String

    @Option(
        help: ArgumentHelp("Where old questions and elements went (docs/formats.md).", valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var map: String?

    @OptionGroup var workbookOption: WorkbookOption

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        var console = Console()
        let new = try WorkbookArgument.compile(to, console: &console)
        let loaded = try console.loadResponse(response, resolver: try workbookOption.resolver(console: &console))
        let old = loaded.workbook
        let migration =
            try map.map { try Self.loadMap($0, from: old, to: new.workbook, console: &console) } ?? MigrationMap()
        let version = loaded.response.workbookVersion ?? old.version
        if let from = migration.from, from != version {
            console.note(
                "error: \(map ?? "the map") moves responses from version \(from), but \(response) is version \(version)"
            )
            throw ExitCode.failure
        }
        let outcome = Migrator.migrate(loaded.response, from: old, to: new.workbook, map: migration)
        let text = ResponseWriter.yaml(
            outcome.response, for: new.workbook,
            comment: [
                "Moved from \(old.id) \(version) to \(new.workbook.id) \(new.workbook.version) by 'workbook migrate'; see the notes."
            ])
        // The promise is a file that passes check: prove it before writing.
        let check = WorkbookPipeline.loadResponse(
            InputFile(name: output ?? "the migrated response", text: text), resolver: .only(new))
        guard check.value != nil, !check.diagnostics.contains(where: { $0.severity == .error }) else {
            console.print(check.diagnostics, for: InputFile(name: output ?? "the migrated response", text: text))
            console.note("error: the migrated response does not pass check against \(to); nothing was written")
            throw ExitCode.failure
        }
        for change in outcome.changes { console.note("  \(change)") }
        for item in outcome.keptInNotes { console.note("  kept in the notes: \(item)") }
        let summary =
            "\(outcome.response.answers.count) answers moved to \(new.workbook.id) \(new.workbook.version)"
            + (outcome.keptInNotes.isEmpty ? "" : "; \(outcome.keptInNotes.count) kept in the notes")
        guard let output else {
            FileAccess.writeStandardOutput(text)
            console.note(summary)
            return
        }
        do {
            try FileAccess.write(
                Array(text.utf8), to: output, inputs: [response, to, map, workbookOption.workbook].compactMap { $0 },
                overwrite: false)
        } catch {
            console.note("error: \(error)")
            throw ExitCode(1)
        }
        console.note("wrote \(output): \(summary)")
    }

    /// Reads and loads a migration map, printing its diagnostics; exits 1 if it is invalid.
    static func loadMap(_ path: String, from old: Workbook, to new: Workbook, console: inout Console) throws
        -> MigrationMap
    {
        guard let input = console.read(path) else { throw ExitCode(1) }
        let result = MigrationMapLoader.load(input, from: old, to: new)
        console.print(result.diagnostics, for: input)
        guard let map = result.value else { throw ExitCode(1) }
        return map
    }
}
