import ArgumentParser
import WorkbookCore

/// `workbook model-json`: loads responses as `workbook report` does and prints them with their
/// workbooks in the model's JSON (`ModelJSON`), the form the wasm kernel reads.
///
/// Hidden: it is for the kernel's differential test (Scripts/check-wasm.sh), which feeds these
/// to the kernel and compares its reports with `workbook report`'s, not for people.
struct ModelJSONCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model-json",
        abstract: "Print responses and their workbooks as the wasm kernel reads them (for its tests).",
        shouldDisplay: false
    )

    @Argument(help: "Response files.")
    var responses: [String]

    @OptionGroup var workbookOption: WorkbookOption

    func run() throws {
        var console = Console()
        let resolver = try workbookOption.resolver(console: &console)
        var workbooks: [(String, JSONValue)] = []
        var items: [JSONValue] = []
        for path in responses {
            let loaded = try console.loadResponse(path, resolver: resolver)
            let id = loaded.workbook.id
            if !workbooks.contains(where: { $0.0 == id }) { workbooks.append((id, ModelJSON.json(loaded.workbook))) }
            items.append(
                .object([
                    ("file", .string(path)), ("workbook", .string(id)), ("response", ModelJSON.json(loaded.response)),
                ]))
        }
        let json = JSONValue.object([("workbooks", .object(workbooks)), ("responses", .array(items))])
        FileAccess.writeStandardOutput(json.serialized())
    }
}
