import Foundation
import Testing

/// The files `compare` reads from its arguments, in the order it reports them: each folder's
/// responses sorted by name as strings sort, then the next argument's (issue 22 packed the list).
struct FileListTests {
    @Test func foldersAreReadInNameOrderThenTheNextArgument() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let one = folder.appendingPathComponent("one")
        let two = folder.appendingPathComponent("two")
        for directory in [one, two] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        // Broken files, so each is named in an error, in the order read.
        let broken = Data("workbook: [unclosed\n".utf8)
        for name in ["b.yaml", "a.yaml", "\u{e9}.yaml", "Z.yaml", "notes.txt", "~$open.xlsx"] {
            try broken.write(to: one.appendingPathComponent(name))
        }
        try broken.write(to: two.appendingPathComponent("c.yml"))
        try broken.write(to: folder.appendingPathComponent("single.yaml"))
        let result = try CommandRunner.run(["compare", "one", "single.yaml", "two/"], in: folder)
        #expect(result.status == 1)
        var files: [String] = []
        for line in result.standardError.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), line.contains(": error:") else { continue }
            let file = String(line[..<colon])
            if files.last != file { files.append(file) }
        }
        #expect(files == ["one/Z.yaml", "one/a.yaml", "one/b.yaml", "one/\u{e9}.yaml", "single.yaml", "two/c.yml"])
        #expect(result.standardError.contains("6 files read: 6 invalid"))
    }
}
