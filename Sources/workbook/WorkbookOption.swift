import ArgumentParser
import FoundationEssentials
import Glibc
import WorkbookCore

/// `--workbook FILE`: the workbook for responses that are not for a bundled one.
struct WorkbookOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A workbook file for the responses (default: the bundled workbook each response names).",
            valueName: "file"),
        completion: .file(extensions: ["yaml", "yml"]))
    var workbook: String?

    /// The resolver responses use: the given workbook only, or the bundled ones.
    func resolver(console: inout Console) throws -> WorkbookResolver {
        guard let path = workbook else { return BundledWorkbooks.resolver }
        return .only(try WorkbookArgument.compile(path, console: &console))
    }
}
