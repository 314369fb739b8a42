import ArgumentParser
import FoundationEssentials
import Glibc
import WorkbookCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a workbook's outline: scale, bands, groups, elements and questions.",
        discussion: """
            Shows the rating scale with what each level means, the bands, and every group, \
            element and question with its id (the ids a response answers by). Give the id of a \
            bundled workbook or a workbook file.

            Examples:
              workbook show pots
              workbook show workbooks/place-based-planning.yaml

            Exit status: 0 shown; 1 the workbook is invalid or cannot be read.
            """
    )

    @Argument(help: "A workbook file, or the id of a bundled workbook.", completion: .custom(completeWorkbooks))
    var workbook: String

    func run() throws {
        var console = Console()
        let loaded = try WorkbookArgument.load(workbook, console: &console)
        FileAccess.writeStandardOutput(OutlineRenderer.render(loaded))
    }
}

/// Shell completion for a WORKBOOK argument: the bundled workbook ids, and the folders and
/// YAML files in the folder being typed (`workbooks/` offers `workbooks/pots.yaml`).
///
/// Called by the completion scripts (`workbook ---completion show -- positional@0 ...`).
func completeWorkbooks(_ arguments: [String], _ index: Int, _ prefix: String) -> [String] {
    let folder = prefix.lastIndex(of: "/").map { String(prefix[...$0]) } ?? ""
    let path = folder.isEmpty ? "." : expandingTilde(folder)
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    var paths: [String] = []
    for name in names where !name.hasPrefix(".") {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) else { continue }
        if isDirectory {
            paths.append(folder + name + "/")
        } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            paths.append(folder + name)
        }
    }
    return (folder.isEmpty ? BundledWorkbooks.ids : []) + paths
}

/// `~/` at the start of a path typed in the shell, as the home folder.
private func expandingTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else {
        return path
    }
    return home + path.dropFirst()
}
