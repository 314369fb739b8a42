import Foundation
import Testing
import WorkbookCore
@testable import WorkbookOffice

/// Every file Scripts/make-hostile-xlsx.py writes gives exactly the diagnostics in its
/// `.expected` sidecar (`Sheet!CELL severity code message`, or `-` for the whole file): the
/// zip bombs, escaping names, encryption, macros, DTDs and over-large sheets are refused with
/// their limit named, and each response sheet with a mistake names the mistake's cell.
struct HostileFileTests {
    static let folder = Bundle.module.bundleURL.appendingPathComponent("Fixtures/hostile")
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".xlsx") }.map { String($0.dropLast(5)) }.sorted()

    @Test func theScriptMadeTheFiles() {
        #expect(Self.names.count >= 40)
    }

    @Test(arguments: names)
    func fileGivesExactlyItsExpectedDiagnostics(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name + ".xlsx")))
        let file = name + ".xlsx"
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
            .split(separator: "\n").map { $0.replacingOccurrences(of: "{file}", with: file) }
        let input = InputFile(name: file, bytes: bytes)
        #expect(OfficeResponse.isSpreadsheet(input))
        let result = OfficeResponse.load(input, resolver: BundledWorkbooks.resolver)
        let actual = result.diagnostics.map { diagnostic in
            let place =
                diagnostic.location.map { "\($0.sheet ?? "?")!\(FileLocation.columnName($0.column))\($0.line)" }
                ?? "-"
            return "\(place) \(diagnostic.severity.rawValue) \(diagnostic.code.rawValue) \(diagnostic.message)"
        }
        #expect(actual == expected)
        #expect(
            (result.value == nil) == !expected.isEmpty, "a file with errors gives no response, and one without does")
    }

    @Test func everySpreadsheetDiagnosticCodeHasAFile() throws {
        var covered = Set<String>()
        for name in Self.names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ")
                if parts.count > 2 { covered.insert(String(parts[2])) }
            }
        }
        for code: DiagnosticCode in [.spreadsheetRefused, .notResponseSheet, .rowWithoutQuestion, .cellValue] {
            #expect(covered.contains(code.rawValue), "no hostile file gives \(code)")
        }
    }
}
