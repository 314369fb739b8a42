import WorkbookModel
import WorkbookSupport
public import WorkbookScoring

/// Many areas' summaries packed into one array of bytes: what `compare` keeps per file.
///
/// An `AreaSummary` is about 400 bytes inline with five or more heap arrays of its own; at
/// 100,000 files copies of them were most of the peak memory (issue 22). Here a record is its
/// strings, figures, scores, weak links and split counts written one after another
/// (`AreaRecords+Bytes.swift`): about 90 bytes for a POTS response, against some 210 when each
/// part had an array of its own and 4-byte offsets. A summary is made again only when a
/// renderer asks for one, and a part is read by skipping the ones before it.
///
/// A record's bytes, in order: area; plan (if any); period (YYYY/YY as a whole number, or
/// text); the file's folder (an index into `folders`) and name (without its ".yaml"); date
/// (if any: YYYYMMDD as a whole number, or text); the stated version (if any and not the
/// workbook's); overall, chain strength and coverage; the element scores
/// (count, then each); the weak links (count, then each as an index into the element ids);
/// the split counts (if any: how many, then how many are not 0, then each such as its index
/// and count).
public struct AreaRecords: Sendable, Equatable {
    /// One area's rarely present parts, kept aside so the common area pays nothing for them.
    struct Extras: Sendable, Equatable {
        var targets: [Target] = []
        var actions: [Action] = []
        var groupGaps: [GroupGap] = []
        /// Set only when a count is negative (then the record's bytes hold none).
        var splitCounts: [Int]?
        /// Set only when a weak link is not among the area's element ids (then the bytes hold none).
        var weakestLinks: [String]?
    }

    /// The parts of a record, in the order they are written.
    enum Part: Int {
        case area, plan, period, file, date, statedVersion, figures, scores, weak, splits
    }
    // Bits of `present`.
    private static let hasPlan: UInt8 = 1
    private static let hasDate: UInt8 = 2
    private static let hasStatedVersion: UInt8 = 4
    private static let dateAsText: UInt8 = 8
    /// The stated version is the version the record was scored against: not written again.
    private static let statedIsScored: UInt8 = 16
    /// The period is a `PackedPeriod` code, not text.
    private static let periodPacked: UInt8 = 32
    static let hasSplit: UInt8 = 64
    /// The file's name ends in `yamlSuffix`, which is not written.
    private static let namedYAML: UInt8 = 128
    private static let yamlSuffix = ".yaml"

    /// Every record's parts, one record after another.
    private(set) var bytes: [UInt8] = []
    /// Where each record starts in `bytes`.
    private var starts: [UInt32] = []
    /// Which optional parts each record has, and how.
    private var present: [UInt8] = []
    /// The folders of the files (one, for a folder read), each ending in "/" (or "" for none).
    private var folders: [String] = []
    /// The distinct lists of element ids (one, for responses to one workbook).
    private(set) var idLists: [[String]] = []
    /// The distinct workbooks (id, version) the records were scored against.
    private var workbooks: [[String]] = []
    /// Each run of records scored on one list of ids against one workbook: from `start` on,
    /// until the next run (one run, for a folder of responses to one workbook version).
    struct Run: Sendable, Equatable {
        var start: Int32
        var idList: UInt16
        var workbook: UInt16
    }
    private var runs: [Run] = []
    /// Targets, actions and group gaps of the few records that have any, by record.
    private var extras: [Int: Extras] = [:]

    /// No records.
    public init() {}

    /// The summaries, each scored against `workbookID` `workbookVersion`.
    public init(_ summaries: [AreaSummary], workbookID: String = "", workbookVersion: String = "") {
        for summary in summaries { append(summary, workbookID: workbookID, workbookVersion: workbookVersion) }
    }

    /// How many records.
    public var count: Int { present.count }

    /// The records' positions.
    public var indices: Range<Int> { 0..<count }

    /// Whether there are none.
    public var isEmpty: Bool { present.isEmpty }

    /// Adds one area's summary, scored against `workbookID` `workbookVersion`.
    public mutating func append(_ summary: AreaSummary, workbookID: String = "", workbookVersion: String = "") {
        let record = count
        // Offsets are 32-bit to halve them; 4 GB of records is far past any folder read.
        precondition(bytes.count <= Int(UInt32.max), "compare: more than 4 GB of records")
        starts.append(UInt32(bytes.count))
        var bits: UInt8 = 0
        Text.write(summary.area, to: &bytes)
        if let plan = summary.plan {
            bits |= Self.hasPlan
            Text.write(plan, to: &bytes)
        }
        if let code = PackedPeriod.code(summary.period) {
            bits |= Self.periodPacked
            Varint.write(code, to: &bytes)
        } else {
            Text.write(summary.period, to: &bytes)
        }
        let (folder, name) = Self.split(summary.file)
        Varint.write(Self.place(folder, in: &folders), to: &bytes)
        let suffix = Self.yamlSuffix.utf8
        if name.utf8.count > suffix.count, name.utf8.suffix(suffix.count).elementsEqual(suffix) {
            // Nearly every name ends so: 5 bytes an area.
            bits |= Self.namedYAML
            Text.write(String(decoding: name.utf8.dropLast(suffix.count), as: UTF8.self), to: &bytes)
        } else {
            Text.write(name, to: &bytes)
        }
        if let date = summary.date {
            bits |= Self.hasDate
            if let code = PackedDate.code(date) {
                Varint.write(code, to: &bytes)
            } else {
                bits |= Self.dateAsText
                Text.write(date, to: &bytes)
            }
        }
        if let stated = summary.statedVersion {
            bits |= Self.hasStatedVersion
            if stated == workbookVersion { bits |= Self.statedIsScored } else { Text.write(stated, to: &bytes) }
        }
        for figure in [summary.overall, summary.chainStrength, summary.coverage] { Number.write(figure, to: &bytes) }
        Varint.write(summary.elementScores.count, to: &bytes)
        for score in summary.elementScores { Number.write(score, to: &bytes) }
        let ids = summary.elementIDs
        extend(
            Run(
                start: Int32(record), idList: UInt16(Self.place(ids, in: &idLists)),
                workbook: UInt16(Self.place([workbookID, workbookVersion], in: &workbooks))))
        var extra = Extras(targets: summary.targets, actions: summary.actions, groupGaps: summary.groupGaps)
        let links = summary.weakestLinks.compactMap { ids.firstIndex(of: $0) }
        if links.count == summary.weakestLinks.count {
            Varint.write(links.count, to: &bytes)
            for link in links { Varint.write(link, to: &bytes) }
        } else {
            extra.weakestLinks = summary.weakestLinks
            Varint.write(0, to: &bytes)
        }
        if !summary.splitCounts.isEmpty {
            bits |= Self.hasSplit
            if summary.splitCounts.allSatisfy({ $0 >= 0 }) {
                Varint.write(summary.splitCounts.count, to: &bytes)
                Varint.write(summary.splitCounts.count(where: { $0 != 0 }), to: &bytes)
                for (index, split) in summary.splitCounts.enumerated() where split != 0 {
                    Varint.write(index, to: &bytes)
                    Varint.write(split, to: &bytes)
                }
            } else {
                extra.splitCounts = summary.splitCounts
            }
        }
        present.append(bits)
        if extra != Extras() { extras[record] = extra }
    }

    /// Adds every record of `other`, in order: its bytes copied whole, offsets moved on.
    public mutating func append(contentsOf other: AreaRecords) {
        // The records name folders by index: copied as they are only when the indices agree.
        if other.folders.starts(with: folders) {
            folders = other.folders
        } else if !folders.starts(with: other.folders) {
            for index in other.indices {
                append(other[index], workbookID: other.workbookID(index), workbookVersion: other.workbookVersion(index))
            }
            return
        }
        let (records, base) = (count, UInt32(bytes.count))
        precondition(bytes.count + other.bytes.count <= Int(UInt32.max), "compare: more than 4 GB of records")
        bytes += other.bytes
        starts += other.starts.map { $0 + base }
        present += other.present
        let lists = other.idLists.map { UInt16(Self.place($0, in: &idLists)) }
        let books = other.workbooks.map { UInt16(Self.place($0, in: &workbooks)) }
        for run in other.runs {
            extend(
                Run(
                    start: run.start + Int32(records), idList: lists[Int(run.idList)],
                    workbook: books[Int(run.workbook)]))
        }
        for (index, extra) in other.extras { extras[records + index] = extra }
    }

    /// Makes room for `times` more records like `part` without regrowing any array: joined by
    /// doubling, a whole folder's arrays would hold up to twice what they need.
    public mutating func reserveCapacity(appending part: AreaRecords, times: Int) {
        let records = count + part.count * times
        starts.reserveCapacity(records)
        present.reserveCapacity(records)
        // A little over: a longer name or an extra weak link later on.
        bytes.reserveCapacity(bytes.count + part.bytes.count * times + part.bytes.count * times / 16)
    }

    /// The records for which `include` is true, in order.
    public func filter(_ include: (Int) -> Bool) -> AreaRecords {
        var kept = AreaRecords()
        for index in indices where include(index) {
            kept.append(self[index], workbookID: workbookID(index), workbookVersion: workbookVersion(index))
        }
        return kept
    }

    /// Starts `run` unless the last run has its ids and workbook.
    private mutating func extend(_ run: Run) {
        if let last = runs.last, last.idList == run.idList, last.workbook == run.workbook { return }
        runs.append(run)
    }

    /// The run record `index` is in.
    func run(_ index: Int) -> Run {
        if runs.count == 1 { return runs[0] }
        var (low, high) = (0, runs.count)
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(runs[middle].start) <= index { low = middle } else { high = middle }
        }
        return runs[low]
    }

    /// A path as its folder (through the last "/", or "" when none) and the name after it.
    private static func split(_ file: String) -> (folder: String, name: String) {
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", file) }
        let after = file.utf8.index(after: slash)
        return (String(file[..<after]), String(file[after...]))
    }

    /// The position of `item` in `items`, added if new (the items are few: one per folder or
    /// workbook version).
    private static func place<Item: Equatable>(_ item: Item, in items: inout [Item]) -> Int {
        if let last = items.indices.last, items[last] == item { return last }
        if let found = items.firstIndex(of: item) { return found }
        precondition(items.count < Int(UInt16.max), "compare: too many folders or workbook versions")
        items.append(item)
        return items.count - 1
    }

    /// The summary of the record at `index`, made again from its parts in one pass.
    public subscript(index: Int) -> AreaSummary {
        var at = Int(starts[index])
        let area = Text.read(bytes, &at)
        let plan = has(index, Self.hasPlan) ? Text.read(bytes, &at) : nil
        let period = readPeriod(index, &at)
        let file = readFile(index, &at)
        let date = readDate(index, &at)
        let statedVersion = readStatedVersion(index, &at)
        let overall = Number.read(bytes, &at)
        let chainStrength = Number.read(bytes, &at)
        let coverage = Number.read(bytes, &at)
        let scores = readScores(&at)
        let weakestLinks = readWeakestLinks(index, &at)
        var summary = AreaSummary(
            file: file, area: area, plan: plan, period: period, date: date, statedVersion: statedVersion,
            overall: overall, chainStrength: chainStrength, coverage: coverage, elementIDs: elementIDs(index),
            elementScores: scores, weakestLinks: weakestLinks)
        summary.splitCounts = readSplitCounts(index, &at)
        if let extra = extra(index) {
            summary.targets = extra.targets
            summary.actions = extra.actions
            summary.groupGaps = extra.groupGaps
        }
        return summary
    }

    // MARK: Reading

    func has(_ index: Int, _ bit: UInt8) -> Bool { present[index] & bit != 0 }

    /// A record's rare parts, looked up only when some record has any.
    func extra(_ index: Int) -> Extras? { extras.isEmpty ? nil : extras[index] }

    /// Where `part` of record `index` starts in `bytes`: the parts before it skipped.
    func position(_ index: Int, _ part: Part) -> Int {
        var at = Int(starts[index])
        var next = Part.area
        while next != part {
            switch next {
            case .area: Text.skip(bytes, &at)
            case .period: if has(index, Self.periodPacked) { Varint.skip(bytes, &at) } else { Text.skip(bytes, &at) }
            case .plan: if has(index, Self.hasPlan) { Text.skip(bytes, &at) }
            case .file:
                Varint.skip(bytes, &at)
                Text.skip(bytes, &at)
            case .date:
                if has(index, Self.hasDate) {
                    if has(index, Self.dateAsText) { Text.skip(bytes, &at) } else { Varint.skip(bytes, &at) }
                }
            case .statedVersion:
                if has(index, Self.hasStatedVersion), !has(index, Self.statedIsScored) { Text.skip(bytes, &at) }
            case .figures: for _ in 0..<3 { Number.skip(bytes, &at) }
            case .scores: for _ in 0..<Varint.readInt(bytes, &at) { Number.skip(bytes, &at) }
            case .weak: for _ in 0..<Varint.readInt(bytes, &at) { Varint.skip(bytes, &at) }
            case .splits: return at
            }
            next = Part(rawValue: next.rawValue + 1) ?? .splits
        }
        return at
    }

    private func readPeriod(_ index: Int, _ at: inout Int) -> String {
        has(index, Self.periodPacked) ? PackedPeriod.text(Varint.readInt(bytes, &at)) : Text.read(bytes, &at)
    }

    /// The folder and the name, made into one string at once.
    private func readFile(_ index: Int, _ at: inout Int) -> String {
        var folder = folders[Varint.readInt(bytes, &at)]
        let name = Text.range(bytes, &at)
        let suffix = has(index, Self.namedYAML) ? Self.yamlSuffix.utf8 : "".utf8
        return folder.withUTF8 { prefix in
            String(unsafeUninitializedCapacity: prefix.count + name.count + suffix.count) { buffer in
                _ = buffer.initialize(fromContentsOf: prefix)
                _ = buffer[prefix.count...].initialize(fromContentsOf: bytes[name])
                _ = buffer[(prefix.count + name.count)...].initialize(fromContentsOf: suffix)
                return prefix.count + name.count + suffix.count
            }
        }
    }

    private func readDate(_ index: Int, _ at: inout Int) -> String? {
        guard has(index, Self.hasDate) else { return nil }
        if has(index, Self.dateAsText) { return Text.read(bytes, &at) }
        return PackedDate.text(Varint.readInt(bytes, &at))
    }

    private func readStatedVersion(_ index: Int, _ at: inout Int) -> String? {
        guard has(index, Self.hasStatedVersion) else { return nil }
        return has(index, Self.statedIsScored) ? workbookVersion(index) : Text.read(bytes, &at)
    }

    private func readScores(_ at: inout Int) -> [Double?] {
        let count = Varint.readInt(bytes, &at)
        var scores: [Double?] = []
        scores.reserveCapacity(count)
        for _ in 0..<count { scores.append(Number.read(bytes, &at)) }
        return scores
    }

    private func readWeakestLinks(_ index: Int, _ at: inout Int) -> [String] {
        let count = Varint.readInt(bytes, &at)
        let ids = elementIDs(index)
        var links: [String] = []
        links.reserveCapacity(count)
        for _ in 0..<count { links.append(ids[Varint.readInt(bytes, &at)]) }
        return extra(index)?.weakestLinks ?? links
    }

    private func readSplitCounts(_ index: Int, _ at: inout Int) -> [Int] {
        if let counts = extra(index)?.splitCounts { return counts }
        guard has(index, Self.hasSplit) else { return [] }
        var counts = [Int](repeating: 0, count: Varint.readInt(bytes, &at))
        for _ in 0..<Varint.readInt(bytes, &at) {
            let element = Varint.readInt(bytes, &at)
            counts[element] = Varint.readInt(bytes, &at)
        }
        return counts
    }

    // MARK: Strings

    private func string(_ index: Int, _ part: Part) -> String {
        var at = position(index, part)
        return Text.read(bytes, &at)
    }

    /// The file a record came from.
    public func file(_ index: Int) -> String {
        var at = position(index, .file)
        return readFile(index, &at)
    }
    /// Who was assessed.
    public func area(_ index: Int) -> String { string(index, .area) }
    /// The plan assessed, if named.
    public func plan(_ index: Int) -> String? { has(index, Self.hasPlan) ? string(index, .plan) : nil }
    /// The round.
    public func period(_ index: Int) -> String {
        var at = position(index, .period)
        return readPeriod(index, &at)
    }
    /// The date, if given.
    public func date(_ index: Int) -> String? {
        var at = position(index, .date)
        return readDate(index, &at)
    }
    /// The workbook version the response says it was written for, if it says.
    public func statedVersion(_ index: Int) -> String? {
        var at = position(index, .statedVersion)
        return readStatedVersion(index, &at)
    }
    /// The id of the workbook the record was scored against.
    public func workbookID(_ index: Int) -> String { workbooks[Int(run(index).workbook)][0] }
    /// The version of the workbook the record was scored against.
    public func workbookVersion(_ index: Int) -> String { workbooks[Int(run(index).workbook)][1] }

    /// Whether records `left` and `right` order (area, plan or "", period, file) before one
    /// another as those strings do: `true` when left's come first, `false` when right's do, nil
    /// when equal. Compared as bytes when both are ASCII (the same order, made without a String).
    func keyOrder(_ left: Int, _ right: Int) -> Bool? {
        var (l, r) = (Int(starts[left]), Int(starts[right]))
        for part in [Part.area, .plan, .period, .file] {
            let empty = 0..<0
            if part == .period, has(left, Self.periodPacked) || has(right, Self.periodPacked) {
                if has(left, Self.periodPacked), has(right, Self.periodPacked) {
                    let (lhs, rhs) = (Varint.read(bytes, &l), Varint.read(bytes, &r))
                    if lhs != rhs { return lhs < rhs }
                } else {
                    let (lhs, rhs) = (readPeriod(left, &l), readPeriod(right, &r))
                    if lhs != rhs { return lhs < rhs }
                }
                continue
            }
            if part == .file {
                let (leftFolder, rightFolder) = (Varint.readInt(bytes, &l), Varint.readInt(bytes, &r))
                // In one folder the names as written decide; across folders, or when a name's
                // ".yaml" was left unwritten, the whole paths do.
                guard leftFolder == rightFolder, !has(left, Self.namedYAML), !has(right, Self.namedYAML) else {
                    let (lhs, rhs) = (file(left), file(right))
                    return lhs == rhs ? nil : lhs < rhs
                }
            }
            let lhs = part == .plan && !has(left, Self.hasPlan) ? empty : Text.range(bytes, &l)
            let rhs = part == .plan && !has(right, Self.hasPlan) ? empty : Text.range(bytes, &r)
            if let order = UTF8Order.compare(bytes[lhs], bytes[rhs]) { return order }
        }
        return nil
    }

    /// Whether two records assess the same area and plan in the same period, as strings compare.
    func sameAssessment(_ left: Int, _ right: Int) -> Bool {
        area(left) == area(right) && plan(left) == plan(right) && period(left) == period(right)
    }

    // MARK: Elements

    /// The element ids the record was scored on, in workbook order.
    public func elementIDs(_ index: Int) -> [String] { idLists[Int(run(index).idList)] }

    /// The score of an element expected at `position` in workbook order, found by id if it is
    /// elsewhere; nil when unscored or not in the record's workbook.
    public func score(_ index: Int, _ element: String, at expected: Int) -> Double? {
        guard let found = position(of: element, in: index, expected: expected) else { return nil }
        return score(from: scoresStart(index), at: found)
    }

    /// Where `element` is among record `index`'s element ids: at `expected` (its place in
    /// workbook order) nearly always, else found by id; nil when not there.
    private func position(of element: String, in index: Int, expected: Int) -> Int? {
        let ids = elementIDs(index)
        return expected < ids.count && ids[expected] == element ? expected : ids.firstIndex(of: element)
    }

    // MARK: Agreement

    /// How many questions of an element (expected at `expected` in workbook order) are split
    /// in a record (0 when none), read from the record's pairs without making its list.
    public func splitCount(_ index: Int, _ element: String, at expected: Int = 0) -> Int {
        guard has(index, Self.hasSplit) else { return 0 }
        guard let found = position(of: element, in: index, expected: expected) else { return 0 }
        if let counts = extra(index)?.splitCounts { return found < counts.count ? counts[found] : 0 }
        var at = position(index, .splits)
        guard found < Varint.readInt(bytes, &at) else { return 0 }
        for _ in 0..<Varint.readInt(bytes, &at) {
            let (element, count) = (Varint.readInt(bytes, &at), Varint.readInt(bytes, &at))
            if element == found { return count }
        }
        return 0
    }

    /// Whether any record has a split question.
    public var anySplit: Bool { present.contains { $0 & Self.hasSplit != 0 } }

    /// Whether any record has a group gap.
    var anyGroupGap: Bool { extras.values.contains { !$0.groupGaps.isEmpty } }

    /// A record's group gaps.
    public func groupGaps(_ index: Int) -> [GroupGap] { extra(index)?.groupGaps ?? [] }
}
