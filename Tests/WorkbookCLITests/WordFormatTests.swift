import Foundation
import Testing

/// `--format docx`: a Word file, written with -o (or implied by its .docx name).
struct WordFormatTests {
    @Test func aDocxNameWritesAWordFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("northmoor.docx").path
        let result = try CommandRunner.run(["report", "examples/pots-northmoor.yaml", "-o", path])
        #expect(result.status == 0, "\(result.standardError)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip package")
    }

    @Test func docxWithoutAFileIsAUsageError() throws {
        let result = try CommandRunner.run(["compare", "examples/areas", "--format", "docx"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--format docx writes a Word file: add -o FILE.docx"))
    }
}
