import Testing

/// The golden diff names the changed lines, not every line after an insertion.
struct LineDiffTests {
    @Test func anInsertedLineIsOneLineOfDiff() {
        let expected = "a\nb\nc\nd\ne\n"
        let actual = "a\nb\nX\nc\nd\ne\n"
        #expect(lineDiff(expected, actual) == "line 3:\n+ X")
    }

    @Test func aChangedAndARemovedLineAreTheirOwnHunks() {
        let expected = "a\nb\nc\nd\ne\nf\n"
        let actual = "a\nB\nc\nd\nf\n"
        #expect(lineDiff(expected, actual) == "line 2:\n+ B\n- b\nline 5:\n- e")
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(lineDiff("a\nb\n", "a\nb\n") == "")
    }
}
