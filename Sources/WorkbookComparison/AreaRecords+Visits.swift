import WorkbookModel

/// A record's numbers handed out one at a time, each by its position among the record's
/// element ids: what the comparator's passes over thousands of records read, with no list
/// or string made per record (issue 22: the weak links counted by id cost 35M instructions
/// on one thread at 10,000 files).
extension AreaRecords {
    /// Which of `idLists` record `index` was scored on.
    func idList(of index: Int) -> Int { Int(run(index).idList) }

    /// For each list of element ids, where each of the workbook's elements is in it (-1 where
    /// it is not): the first place of its id, as `score(_:_:at:)` finds it.
    func positions(of workbook: Workbook) -> [[Int]] {
        idLists.map { ids in workbook.elements.map { element in ids.firstIndex(of: element.id) ?? -1 } }
    }

    /// Record `index`'s overall score and coverage, read in one walk of it.
    func overallAndCoverage(_ index: Int) -> (overall: Double?, coverage: Double?) {
        var at = position(index, .figures)
        let overall = Number.read(bytes, &at)
        Number.skip(bytes, &at)
        return (overall, Number.read(bytes, &at))
    }

    /// Where record `index`'s element scores start in `bytes`, for `score(from:at:)`.
    func scoresStart(_ index: Int) -> Int { position(index, .scores) }

    /// The element score at `position` among a record's, read from where its scores start
    /// (`scoresStart`); nil when unscored or past its last.
    func score(from start: Int, at position: Int) -> Double? {
        var at = start
        guard position < Varint.readInt(bytes, &at) else { return nil }
        for _ in 0..<position { Number.skip(bytes, &at) }
        return Number.read(bytes, &at)
    }

    /// Hands `body` the position of each of record `index`'s weak links, weakest first; for a
    /// record whose links are not all among its ids, returns them by id instead.
    func visitWeakLinks(_ index: Int, _ body: (Int) -> Void) -> [String]? {
        if let links = extra(index)?.weakestLinks { return links }
        var at = position(index, .weak)
        for _ in 0..<Varint.readInt(bytes, &at) { body(Varint.readInt(bytes, &at)) }
        return nil
    }

    /// Hands `body` the position and count of each of record `index`'s split counts that is
    /// not 0 (as `splitCounts` lists them).
    func visitSplitCounts(_ index: Int, _ body: (Int, Int) -> Void) {
        if let counts = extra(index)?.splitCounts {
            for (position, count) in counts.enumerated() where count != 0 { body(position, count) }
            return
        }
        guard has(index, Self.hasSplit) else { return }
        var at = position(index, .splits)
        Varint.skip(bytes, &at)
        for _ in 0..<Varint.readInt(bytes, &at) {
            let position = Varint.readInt(bytes, &at)
            body(position, Varint.readInt(bytes, &at))
        }
    }
}
