import Testing
@testable import WorkbookCore
@testable import WorkbookComparison
@testable import WorkbookDiagnostics
@testable import WorkbookFormat
@testable import WorkbookForms
@testable import WorkbookLoading
@testable import WorkbookMerge
@testable import WorkbookMigration
@testable import WorkbookModel
@testable import WorkbookReporting
@testable import WorkbookRules
@testable import WorkbookScoring
@testable import WorkbookSupport
@testable import WorkbookValidation
@testable import WorkbookYAML

extension RulesTests {
    struct LexerTests {
        private func kinds(_ text: String) throws -> [Token.Kind] {
            try Lexer.tokenize(text).map(\.kind)
        }

        private func failure(_ text: String) -> RuleError? {
            do throws(RuleError) {
                _ = try Lexer.tokenize(text)
                return nil
            } catch {
                return error
            }
        }

        @Test func aDottedPathWithHyphenatedIDsIsOneToken() throws {
            let tokens = try Lexer.tokenize("question.evidence-nice.score")
            #expect(tokens.count == 2)
            let path = try #require(tokens.first)
            guard case .name(let segments) = path.kind else {
                Issue.record("expected a name, got \(path.kind)")
                return
            }
            #expect(segments.map(\.text) == ["question", "evidence-nice", "score"])
            #expect(segments.map(\.span.offset) == [0, 9, 23])
            #expect(path.span == Span(offset: 0, length: 28))
            #expect(tokens.last?.kind == .end)
        }

        @Test func aMinusWithSpacesIsSubtraction() throws {
            let tokens = try kinds("group.service.score - group.population.score")
            #expect(tokens.count == 4)
            #expect(tokens[1] == .symbol(.minus))
        }

        @Test func aBareNameNeverContainsAHyphen() throws {
            #expect(
                try kinds("score-1") == [
                    .name([NameSegment(text: "score", span: Span(offset: 0, length: 5))]),
                    .symbol(.minus), .number(1), .end,
                ])
        }

        @Test func aHyphenNeverEndsASegment() throws {
            let tokens = try kinds("e.score-(1)")
            #expect(tokens[1] == .symbol(.minus))
        }

        @Test(arguments: [("0", 0.0), ("1", 1), ("2.5", 2.5), ("10.25", 10.25), ("007", 7)])
        func numbers(_ text: String, _ value: Double) throws {
            #expect(try kinds(text) == [.number(value), .end])
        }

        @Test func stringsInEitherQuoteKeepTheOtherQuote() throws {
            #expect(try kinds(#""it's""#) == [.string("it's"), .end])
            #expect(try kinds(#"'say "hi"'"#) == [.string(#"say "hi""#), .end])
            #expect(try kinds(#""""#) == [.string(""), .end])
        }

        @Test func everyOperatorAndPunctuation() throws {
            let symbols = try kinds("== != <= >= < > + - * / ( ) ,")
            #expect(
                symbols == [
                    .symbol(.equal), .symbol(.notEqual), .symbol(.lessOrEqual), .symbol(.greaterOrEqual),
                    .symbol(.less), .symbol(.greater), .symbol(.plus), .symbol(.minus), .symbol(.star),
                    .symbol(.slash), .symbol(.leftParen), .symbol(.rightParen), .symbol(.comma), .end,
                ])
        }

        @Test func keywordsAreLowercaseWords() throws {
            #expect(
                try kinds("and or not true false") == [
                    .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.true), .keyword(.false), .end,
                ])
            guard case .name = try kinds("AND")[0] else {
                Issue.record("'AND' should be a name, not a keyword")
                return
            }
        }

        @Test func tokensCarryTheirOffsets() throws {
            let tokens = try Lexer.tokenize("score <= 2.5 and\n  'x' != e.id")
            #expect(
                tokens.map(\.span) == [
                    Span(offset: 0, length: 5), Span(offset: 6, length: 2), Span(offset: 9, length: 3),
                    Span(offset: 13, length: 3), Span(offset: 19, length: 3), Span(offset: 23, length: 2),
                    Span(offset: 26, length: 4), Span(offset: 30, length: 0),
                ])
        }

        @Test func offsetsCountUnicodeScalars() throws {
            let tokens = try Lexer.tokenize("\"caf\u{E9} \u{2615}\" == e.title")
            #expect(tokens[1].span.offset == 9)
        }

        @Test(
            arguments: [
                ("a = b", 2, "write '==' to compare"),
                ("a && b", 2, "write 'and'"),
                ("a || b", 2, "write 'or'"),
                ("!a", 0, "write 'not' or '!='"),
                ("a @ b", 2, nil),
                ("2x", 1, "put a space or an operator after the number"),
                ("e.score.", 7, "write a path without spaces around its dots"),
                ("score < .5", 8, nil),
                ("'open", 0, "end it with ' on the same line"),
                ("{score}", 0, "braces mark {expressions} in messages, not in 'when'"),
            ] as [(String, Int, String?)])
        func errorsPointAtTheOffendingCharacter(_ text: String, _ offset: Int, _ hint: String?) throws {
            let error = try #require(failure(text))
            #expect(error.code == .ruleSyntax)
            #expect(error.span.offset == offset)
            #expect(error.hint == hint)
        }

        @Test func tooLongAndTooManyTokensAreRefused() throws {
            let long = String(repeating: "1 + ", count: 500) + "1"
            #expect(failure(long)?.code == .ruleTooLong)
            let many = String(repeating: "1+", count: 260) + "1"
            let tooMany = try #require(failure(many))
            #expect(tooMany.code == .ruleTooComplex)
            #expect(tooMany.span.offset == 500)
        }
    }
}
