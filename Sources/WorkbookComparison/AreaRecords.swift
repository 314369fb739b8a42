import WorkbookModel
public import WorkbookScoring

/// Many areas' summaries packed into a few flat arrays: what `compare` keeps per file.
///
/// An `AreaSummary` is about 400 bytes inline with five or more heap arrays of its own, and
/// it was copied from outcome to entry to summary to ranked row; at 100,000 files those copies
/// were most of the peak memory (issue 22). Here an area costs its strings' bytes, its scores
/// and a few offsets, and a summary is made again only when a renderer asks for one.
/// Scores are not kept as `Float`: the JSON prints them in full (3.6666666666666665), which a
/// `Float` cannot give back. Most are means of a few levels, so each is kept as the small
/// fraction whose `Double` quotient is exactly it (11 / 3), in 4 bytes; the rest as themselves.
public struct AreaRecords: Sendable, Equatable {
    /// One area's rarely present parts, kept aside so the common area pays nothing for them.
    struct Extras: Sendable, Equatable {
        var targets: [Target] = []
        var actions: [Action] = []
        var groupGaps: [GroupGap] = []
        /// Set only when a count does not fit `splits`.
        var splitCounts: [Int]?
        /// Set only when a weak link is not among the area's element ids (then `weak` holds none).
        var weakestLinks: [String]?
    }

    /// The strings of each record, in this order.
    private enum Field: Int {
        case file, area, plan, period, date, statedVersion
    }
    private static let fields = 6
    // Bits of `present`.
    private static let hasPlan: UInt8 = 1
    private static let hasDate: UInt8 = 2
    private static let hasStatedVersion: UInt8 = 4
    private static let hasSplit: UInt8 = 64

    /// Every record's strings, one after another, as UTF-8.
    private var text: [UInt8] = []
    /// Where each string ends in `text`, `fields` per record; each starts where the one before ends.
    private var textEnds: [UInt32] = []
    /// Which optional strings each record has, and whether it has split questions.
    private var present: [UInt8] = []
    /// Overall, chain strength and coverage, three per record, as `Packed` codes.
    private var figures: [UInt32] = []
    /// Element scores of every record, flat, parallel to its element ids, as `Packed` codes.
    private var scores: [UInt32] = []
    /// The figures and scores that are no small fraction, in full; codes point into it.
    private var exact: [Double] = []
    /// Where each record's scores end in `scores`.
    private var scoreEnds: [UInt32] = []
    /// Weak links, weakest first, as indices into the record's element ids.
    private var weak: [UInt16] = []
    /// Where each record's weak links end in `weak`.
    private var weakEnds: [UInt32] = []
    /// The distinct lists of element ids (one, for responses to one workbook), and each record's.
    private var idLists: [[String]] = []
    private var idListOf: [UInt16] = []
    /// The distinct workbooks (id, version) the records were scored against, and each record's.
    private var workbooks: [[String]] = []
    private var workbookOf: [UInt16] = []
    /// How many questions are split, per element, parallel to `scores`, for records with
    /// `hasSplit` (a quarter of workshop responses, so flat rather than in `extras`).
    private var splits: [UInt16] = []
    /// Where each record's split counts end in `splits`.
    private var splitEnds: [UInt32] = []
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
        var bits: UInt8 = 0
        for (value, bit) in [
            (summary.plan, Self.hasPlan), (summary.date, Self.hasDate), (summary.statedVersion, Self.hasStatedVersion),
        ] where value != nil { bits |= bit }
        if !summary.splitCounts.isEmpty { bits |= Self.hasSplit }
        present.append(bits)
        for value in [
            summary.file, summary.area, summary.plan ?? "", summary.period, summary.date ?? "",
            summary.statedVersion ?? "",
        ] {
            text.append(contentsOf: value.utf8)
            // The offsets are 32-bit to halve them; 4 GB of names is far past any folder read.
            precondition(text.count <= Int(UInt32.max), "compare: more than 4 GB of area names")
            textEnds.append(UInt32(text.count))
        }
        for figure in [summary.overall, summary.chainStrength, summary.coverage] {
            figures.append(Packed.code(figure, exact: &exact))
        }
        for score in summary.elementScores { scores.append(Packed.code(score, exact: &exact)) }
        scoreEnds.append(UInt32(scores.count))
        let ids = summary.elementIDs
        idListOf.append(UInt16(Self.place(ids, in: &idLists)))
        workbookOf.append(UInt16(Self.place([workbookID, workbookVersion], in: &workbooks)))
        // Split counts past 65,535 questions of one element are kept whole, in `extras`.
        var extra = Extras(targets: summary.targets, actions: summary.actions, groupGaps: summary.groupGaps)
        if summary.splitCounts.allSatisfy({ $0 >= 0 && $0 <= Int(UInt16.max) }) {
            for split in summary.splitCounts { splits.append(UInt16(split)) }
        } else {
            extra.splitCounts = summary.splitCounts
        }
        splitEnds.append(UInt32(splits.count))
        let links = summary.weakestLinks.map { link in ids.firstIndex(of: link) }
        if links.allSatisfy({ link in link.map { $0 <= Int(UInt16.max) } ?? false }) {
            for link in links { if let link { weak.append(UInt16(link)) } }
        } else {
            extra.weakestLinks = summary.weakestLinks
        }
        weakEnds.append(UInt32(weak.count))
        if extra != Extras() { extras[record] = extra }
    }

    /// Adds every record of `other`, in order: its arrays copied whole, offsets moved on.
    public mutating func append(contentsOf other: AreaRecords) {
        let (records, textBase, scoreBase) = (count, UInt32(text.count), UInt32(scores.count))
        let (weakBase, splitBase) = (UInt32(weak.count), UInt32(splits.count))
        precondition(text.count + other.text.count <= Int(UInt32.max), "compare: more than 4 GB of area names")
        text += other.text
        textEnds += other.textEnds.map { $0 + textBase }
        present += other.present
        let exactBase = UInt32(exact.count)
        precondition(exact.count + other.exact.count < Int(Packed.inExact), "compare: too many scores")
        let moved = { (code: UInt32) in code & Packed.inExact != 0 ? code + exactBase : code }
        figures += other.figures.map(moved)
        scores += other.scores.map(moved)
        exact += other.exact
        scoreEnds += other.scoreEnds.map { $0 + scoreBase }
        weak += other.weak
        weakEnds += other.weakEnds.map { $0 + weakBase }
        splits += other.splits
        splitEnds += other.splitEnds.map { $0 + splitBase }
        let lists = other.idLists.map { UInt16(Self.place($0, in: &idLists)) }
        idListOf += other.idListOf.map { lists[Int($0)] }
        let books = other.workbooks.map { UInt16(Self.place($0, in: &workbooks)) }
        workbookOf += other.workbookOf.map { books[Int($0)] }
        for (index, extra) in other.extras { extras[records + index] = extra }
    }

    /// Makes room for `times` more records like `part` without regrowing any array: joined by
    /// doubling, a whole folder's arrays would hold up to twice what they need.
    public mutating func reserveCapacity(appending part: AreaRecords, times: Int) {
        let records = count + part.count * times
        present.reserveCapacity(records)
        textEnds.reserveCapacity(records * Self.fields)
        figures.reserveCapacity(records * 3)
        scoreEnds.reserveCapacity(records)
        weakEnds.reserveCapacity(records)
        splitEnds.reserveCapacity(records)
        idListOf.reserveCapacity(records)
        workbookOf.reserveCapacity(records)
        // A little over for the variable parts: a longer name or an extra weak link later on.
        let over = { (size: Int) in size * times + size * times / 16 }
        text.reserveCapacity(text.count + over(part.text.count))
        scores.reserveCapacity(scores.count + over(part.scores.count))
        exact.reserveCapacity(exact.count + over(part.exact.count))
        weak.reserveCapacity(weak.count + over(part.weak.count))
        splits.reserveCapacity(splits.count + over(part.splits.count))
    }

    /// The records for which `include` is true, in order.
    public func filter(_ include: (Int) -> Bool) -> AreaRecords {
        var kept = AreaRecords()
        for index in indices where include(index) {
            kept.append(self[index], workbookID: workbookID(index), workbookVersion: workbookVersion(index))
        }
        return kept
    }

    /// The position of `list` in `lists`, added if new (the lists are few: one per workbook version).
    private static func place(_ list: [String], in lists: inout [[String]]) -> Int {
        if let last = lists.indices.last, lists[last] == list { return last }
        if let found = lists.firstIndex(of: list) { return found }
        precondition(lists.count < Int(UInt16.max), "compare: too many workbook versions")
        lists.append(list)
        return lists.count - 1
    }

    /// The summary of the record at `index`, made again from its parts.
    public subscript(index: Int) -> AreaSummary {
        var summary = AreaSummary(
            file: file(index), area: area(index), plan: plan(index), period: period(index), date: date(index),
            statedVersion: statedVersion(index), overall: overall(index), chainStrength: chainStrength(index),
            coverage: coverage(index), elementIDs: elementIDs(index), elementScores: elementScores(index),
            weakestLinks: weakestLinks(index))
        summary.splitCounts = splitCounts(index)
        if let extra = extras[index] {
            summary.targets = extra.targets
            summary.actions = extra.actions
            summary.groupGaps = extra.groupGaps
        }
        return summary
    }

    // MARK: Strings

    private func bounds(_ index: Int, _ field: Field) -> Range<Int> {
        let slot = index * Self.fields + field.rawValue
        let start = slot == 0 ? 0 : Int(textEnds[slot - 1])
        return start..<Int(textEnds[slot])
    }

    private func string(_ index: Int, _ field: Field) -> String {
        String(decoding: text[bounds(index, field)], as: UTF8.self)
    }

    private func has(_ index: Int, _ bit: UInt8) -> Bool { present[index] & bit != 0 }

    /// The file a record came from.
    public func file(_ index: Int) -> String { string(index, .file) }
    /// Who was assessed.
    public func area(_ index: Int) -> String { string(index, .area) }
    /// The plan assessed, if named.
    public func plan(_ index: Int) -> String? { has(index, Self.hasPlan) ? string(index, .plan) : nil }
    /// The round.
    public func period(_ index: Int) -> String { string(index, .period) }
    /// The date, if given.
    public func date(_ index: Int) -> String? { has(index, Self.hasDate) ? string(index, .date) : nil }
    /// The workbook version the response says it was written for, if it says.
    public func statedVersion(_ index: Int) -> String? {
        has(index, Self.hasStatedVersion) ? string(index, .statedVersion) : nil
    }
    /// The id of the workbook the record was scored against.
    public func workbookID(_ index: Int) -> String { workbooks[Int(workbookOf[index])][0] }
    /// The version of the workbook the record was scored against.
    public func workbookVersion(_ index: Int) -> String { workbooks[Int(workbookOf[index])][1] }

    /// Whether records `left` and `right` order (area, plan or "", period, file) before one
    /// another as those strings do: `true` when left's come first, `false` when right's do, nil
    /// when equal. Compared as bytes when both are ASCII (the same order, made without a String).
    func keyOrder(_ left: Int, _ right: Int) -> Bool? {
        for field in [Field.area, .plan, .period, .file] {
            let lhs = text[bounds(left, field)]
            let rhs = text[bounds(right, field)]
            if lhs.allSatisfy({ $0 < 0x80 }), rhs.allSatisfy({ $0 < 0x80 }) {
                if !lhs.elementsEqual(rhs) { return lhs.lexicographicallyPrecedes(rhs) }
            } else {
                let (l, r) = (String(decoding: lhs, as: UTF8.self), String(decoding: rhs, as: UTF8.self))
                if l != r { return l < r }
            }
        }
        return nil
    }

    /// Whether two records assess the same area and plan in the same period, as strings compare.
    func sameAssessment(_ left: Int, _ right: Int) -> Bool {
        area(left) == area(right) && plan(left) == plan(right) && period(left) == period(right)
    }

    // MARK: Figures

    /// The overall score.
    public func overall(_ index: Int) -> Double? { Packed.value(figures[index * 3], exact) }
    /// The chain strength.
    public func chainStrength(_ index: Int) -> Double? {
        Packed.value(figures[index * 3 + 1], exact)
    }
    /// Answered ÷ applicable questions.
    public func coverage(_ index: Int) -> Double? { Packed.value(figures[index * 3 + 2], exact) }

    /// The element ids the record was scored on, in workbook order.
    public func elementIDs(_ index: Int) -> [String] { idLists[Int(idListOf[index])] }

    private func scoreRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(scoreEnds[index - 1]))..<Int(scoreEnds[index])
    }

    /// Element scores, parallel to `elementIDs` (nil when unscored).
    public func elementScores(_ index: Int) -> [Double?] {
        scoreRange(index).map { Packed.value(scores[$0], exact) }
    }

    /// The score of an element expected at `position` in workbook order, found by id if it is
    /// elsewhere; nil when unscored or not in the record's workbook.
    public func score(_ index: Int, _ element: String, at position: Int) -> Double? {
        let ids = idLists[Int(idListOf[index])]
        let found = position < ids.count && ids[position] == element ? position : ids.firstIndex(of: element)
        guard let found else { return nil }
        let slot = scoreRange(index).lowerBound + found
        return Packed.value(scores[slot], exact)
    }

    /// Every weak link, weakest first.
    public func weakestLinks(_ index: Int) -> [String] {
        if let extra = extras[index], let links = extra.weakestLinks { return links }
        let ids = idLists[Int(idListOf[index])]
        let range = (index == 0 ? 0 : Int(weakEnds[index - 1]))..<Int(weakEnds[index])
        return weak[range].map { ids[Int($0)] }
    }

    // MARK: Agreement

    /// How many questions are split, per element, parallel to the element ids; empty when none is.
    public func splitCounts(_ index: Int) -> [Int] {
        if let counts = extras[index]?.splitCounts { return counts }
        guard has(index, Self.hasSplit) else { return [] }
        return splits[(index == 0 ? 0 : Int(splitEnds[index - 1]))..<Int(splitEnds[index])].map { Int($0) }
    }

    /// How many questions of an element are split in a record (0 when none).
    public func splitCount(_ index: Int, _ element: String) -> Int {
        guard has(index, Self.hasSplit), let found = elementIDs(index).firstIndex(of: element) else { return 0 }
        if let counts = extras[index]?.splitCounts { return counts[found] }
        return Int(splits[(index == 0 ? 0 : Int(splitEnds[index - 1])) + found])
    }

    /// Whether any record has a split question.
    public var anySplit: Bool { present.contains { $0 & Self.hasSplit != 0 } }

    /// Whether any record has a group gap.
    var anyGroupGap: Bool { extras.values.contains { !$0.groupGaps.isEmpty } }

    /// A record's group gaps.
    public func groupGaps(_ index: Int) -> [GroupGap] { extras[index]?.groupGaps ?? [] }

    // MARK: Packing

    /// A figure or score in 4 bytes: 0 when absent; with the top bit, an index into `exact`;
    /// otherwise a numerator (19 bits) and denominator (12 bits) whose `Double` quotient has
    /// exactly the bits of the value, checked when it is made, so every value comes back as it was.
    enum Packed {
        static let inExact: UInt32 = 1 << 31
        static let denominators = 12
        static let maxDenominator = (1 << denominators) - 1
        static let maxNumerator = (1 << 19) - 1

        static func code(_ value: Double?, exact: inout [Double]) -> UInt32 {
            guard let value else { return 0 }
            if let found = fraction(value) { return UInt32(found.0 << denominators | found.1) }
            precondition(exact.count < Int(inExact), "compare: too many scores")
            exact.append(value)
            return inExact | UInt32(exact.count - 1)
        }

        static func value(_ code: UInt32, _ exact: [Double]) -> Double? {
            if code == 0 { return nil }
            if code & inExact != 0 { return exact[Int(code & ~inExact)] }
            let denominator = Int(code) & maxDenominator
            return Double(Int(code) >> denominators) / Double(denominator)
        }

        /// The fraction of smallest denominator whose quotient is exactly `value`, among the
        /// convergents of its continued fraction (any fraction that close to it is one); nil
        /// for a negative, signed-zero, huge or unrepresentable value. A zero is 0 / 1.
        static func fraction(_ value: Double) -> (Int, Int)? {
            guard value.sign == .plus, value.isFinite, value <= Double(maxNumerator) else { return nil }
            var (before, last) = ((numerator: 0, denominator: 1), (numerator: 1, denominator: 0))
            var rest = value
            for _ in 0..<32 {
                let whole = rest.rounded(.down)
                guard whole <= Double(maxNumerator) else { return nil }
                let term = Int(whole)
                let next = (
                    numerator: term * last.numerator + before.numerator,
                    denominator: term * last.denominator + before.denominator
                )
                guard next.numerator <= maxNumerator, next.denominator <= maxDenominator else { return nil }
                if (Double(next.numerator) / Double(next.denominator)).bitPattern == value.bitPattern {
                    return next
                }
                (before, last) = (last, next)
                let fraction = rest - whole
                guard fraction > 0 else { return nil }
                rest = 1 / fraction
            }
            return nil
        }
    }
}
