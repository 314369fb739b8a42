import Testing
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookModel
@testable import WorkbookScoring

/// The packed records give back every summary as it went in, however they were joined.
struct AreaRecordsTests {
    static let ids = ["needs", "targeting", "access", "evidence"]

    /// Summaries that use every part: absent figures and strings, unscored elements, weak
    /// links, split counts, group gaps, a weak link that is not an element, non-ASCII names.
    static func summaries() -> [AreaSummary] {
        var plain = ComparatorTests.area("Ashbrook", overall: 2.5, scores: [2, nil, 3, 2.75], weak: ["targeting"])
        plain.plan = "CVD"
        plain.statedVersion = "1.0"
        var split = ComparatorTests.area("Café", overall: nil, coverage: 0.25, scores: [nil, nil, nil, nil])
        split.splitCounts = [0, 2, 0, 1]
        split.groupGaps = [GroupGap(element: "access", low: "staff", lowScore: 1, high: "public", highScore: 3)]
        split.coverage = nil
        split.chainStrength = nil
        let stray = ComparatorTests.area(
            "Zed", overall: 3.6666666666666665, scores: [1, 2, 3, 4], weak: ["not-an-element", "needs"],
            date: "2025-04-01")
        let other = ComparatorTests.area("Other", overall: 1, scores: [1, 1], ids: ["a", "b"])
        return [plain, split, stray, other]
    }

    @Test func givesBackEverySummary() {
        let summaries = Self.summaries()
        let records = AreaRecords(summaries, workbookID: "mini", workbookVersion: "1.0")
        #expect(records.count == summaries.count)
        for index in summaries.indices {
            #expect(records[index] == summaries[index])
            #expect(records.workbookID(index) == "mini")
            #expect(records.workbookVersion(index) == "1.0")
        }
        #expect(records.splitCount(1, "targeting") == 2)
        #expect(records.splitCount(0, "targeting") == 0)
        #expect(records.anySplit)
        #expect(records.score(0, "access", at: 2) == 3)
        #expect(records.score(0, "access", at: 0) == 3)
        #expect(records.score(0, "targeting", at: 1) == nil)
        #expect(records.score(3, "access", at: 2) == nil)
    }

    @Test func joinedRunsEqualOneRecordAtATime() {
        let summaries = Self.summaries()
        let whole = AreaRecords(summaries, workbookID: "mini", workbookVersion: "1.0")
        var joined = AreaRecords()
        let first = AreaRecords(Array(summaries[..<2]), workbookID: "mini", workbookVersion: "1.0")
        joined.reserveCapacity(appending: first, times: 2)
        joined.append(contentsOf: first)
        joined.append(contentsOf: AreaRecords(Array(summaries[2...]), workbookID: "mini", workbookVersion: "1.0"))
        #expect(joined == whole)
        #expect(whole.filter { whole.area($0) == "Zed" }[0] == summaries[2])
    }

    @Test func keyOrderIsTheStringsOrder() {
        let names = ["b", "a", "é", "e\u{301}", "Z", "ab"]
        let records = AreaRecords(names.map { ComparatorTests.area($0, overall: 1) })
        for left in names.indices {
            for right in names.indices {
                let order = records.keyOrder(left, right)
                let l = (names[left], "", "2025/26", "\(names[left])-2025/26.yaml")
                let r = (names[right], "", "2025/26", "\(names[right])-2025/26.yaml")
                #expect(order == (l == r ? nil : l < r))
            }
        }
    }

    @Test func periodsComeBackAndOrderAsTheirText() {
        let periods = ["2025/26", "2024/25", "2025", "Q3 2025", "0999/99", "2025/2", "2025/260", "２０２５/26", "2025-26"]
        let summaries = periods.map { ComparatorTests.area("Same", overall: 1, period: $0) }
        let records = AreaRecords(summaries)
        for left in periods.indices {
            #expect(records[left] == summaries[left])
            #expect(records.period(left) == periods[left])
            for right in periods.indices {
                let l = (periods[left], "Same-\(periods[left]).yaml")
                let r = (periods[right], "Same-\(periods[right]).yaml")
                #expect(records.keyOrder(left, right) == (l == r ? nil : l < r))
            }
        }
    }

    @Test func filesOfOneAssessmentOrderAsTheirPaths() {
        let files = ["d/a.yaml", "d/a-b.yaml", "d/a.yml", "d/.yaml", "d/a.yaml.yaml", "e/a.yaml", "a.yaml", "d/A.YAML"]
        var summaries: [AreaSummary] = []
        for file in files {
            var summary = ComparatorTests.area("Same", overall: 1)
            summary.file = file
            summaries.append(summary)
        }
        let records = AreaRecords(summaries)
        for left in files.indices {
            #expect(records.file(left) == files[left])
            #expect(records[left] == summaries[left])
            for right in files.indices {
                #expect(
                    records.keyOrder(left, right) == (files[left] == files[right] ? nil : files[left] < files[right]))
            }
        }
    }

    @Test func duplicatesAreFoundAgainstTheFirst() {
        var again = ComparatorTests.area("A", overall: 1)
        again.file = "again.yaml"
        // The same area in canonically equivalent spellings is the same area, as Strings say.
        var composed = ComparatorTests.area("Caf\u{e9}", overall: 1)
        composed.file = "composed.yaml"
        var decomposed = ComparatorTests.area("Cafe\u{301}", overall: 1)
        decomposed.file = "decomposed.yaml"
        let records = AreaRecords([ComparatorTests.area("A", overall: 1), composed, again, decomposed])
        let refusals = ComparisonIntake.refusals(records)
        #expect(refusals.map { $0.code } == ["compare.duplicate-area", "compare.duplicate-area"])
        #expect(refusals.first?.message.hasPrefix("again.yaml and A-2025/26.yaml both assess 'A'") == true)
        #expect(refusals.last?.message.hasPrefix("decomposed.yaml and composed.yaml") == true)
    }

    @Test func packedScoresComeBackBitForBit() {
        var values: [Double?] = [nil, 0, -0.0, 0.1, 1e300, -2.5, .pi, 3.6666666666666665, 3.583333333333333, .infinity]
        for denominator in 1...60 {
            for numerator in 0...(4 * denominator) { values.append(Double(numerator) / Double(denominator)) }
        }
        var bytes: [UInt8] = []
        for value in values { AreaRecords.Number.write(value, to: &bytes) }
        var at = 0
        for value in values {
            let read = AreaRecords.Number.read(bytes, &at)
            #expect(read?.bitPattern == value?.bitPattern)
        }
        #expect(at == bytes.count)
        // A level, or a mean of a few, takes two bytes.
        var small: [UInt8] = []
        AreaRecords.Number.write(11.0 / 3.0, to: &small)
        #expect(small.count == 2)
    }

    @Test func datesAndPathsComeBackAsWritten() {
        var summaries: [AreaSummary] = []
        for (date, file) in [
            ("2025-04-01", "/abs/folder/a.yaml"), ("0001-12-31", "b.yaml"), ("25-04-01", "x/"), ("2025-4-01", "/"),
            ("２０２５-04-01", "dir/é/c.yaml"), ("0000-00-00", ""),
        ] {
            summaries.append(ComparatorTests.area(file.isEmpty ? "empty" : file, overall: 1, date: date))
            summaries[summaries.count - 1].file = file
        }
        let records = AreaRecords(summaries)
        for index in summaries.indices {
            #expect(records[index] == summaries[index])
            #expect(records.date(index) == summaries[index].date)
            #expect(records.file(index) == summaries[index].file)
        }
    }
}
