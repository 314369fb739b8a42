import Foundation
import Testing

/// `workbook form --print --tables N`: the rows of tick boxes follow the room.
struct PackTablesTests {
    @Test func tablesSetsTheRowsOfEveryGrid() throws {
        let result = try CommandRunner.run(["form", "pots", "--print", "--tables", "3"])
        #expect(result.status == 0, "\(result.standardError)")
        let html = result.standardOutput
        // POTS has 54 questions: a grid each, three rows each (the row header is the table's number).
        #expect(html.components(separatedBy: "<table class=\"grid\">").count - 1 == 52)
        #expect(html.components(separatedBy: "<tr><th scope=\"row\">3</th>").count - 1 == 52)
        #expect(!html.contains("<tr><th scope=\"row\">4</th>"))
    }

    @Test func tablesWithoutPrintIsAUsageError() throws {
        let result = try CommandRunner.run(["form", "pots", "--tables", "3"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--tables is for the paper pack (--print)"))
    }

    @Test func tablesOutsideOneToTwentyIsAUsageError() throws {
        for value in ["0", "21"] {
            let result = try CommandRunner.run(["form", "pots", "--print", "--tables", value])
            #expect(result.status == 64, "--tables \(value)")
            #expect(result.standardError.contains("--tables must be 1 to 20"), "\(result.standardError)")
        }
    }
}
