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
    struct ParserTests {
        private func parsed(_ text: String) throws -> String {
            try Parser.parse(text).description
        }

        private func failure(_ text: String) -> RuleError? {
            do throws(RuleError) {
                _ = try Parser.parse(text)
                return nil
            } catch {
                return error
            }
        }

        @Test(arguments: [
            ("a or b and not c", "(or a (and b (not c)))"),
            ("not a and b", "(and (not a) b)"),
            ("not a == b", "(not (== a b))"),
            ("a and b or c and d", "(or (and a b) (and c d))"),
            ("a or b or c", "(or (or a b) c)"),
            ("1 + 2 * 3 - 4 / 2", "(- (+ 1 (* 2 3)) (/ 4 2))"),
            ("a - b - c", "(- (- a b) c)"),
            ("-a * b", "(* (- a) b)"),
            ("- -a", "(- (- a))"),
            ("a + b < c * 2", "(< (+ a b) (* c 2))"),
            ("score < 1.5 and weight >= 2", "(and (< score 1.5) (>= weight 2))"),
            ("band == \"weak\" or contested", "(or (== band \"weak\") contested)"),
        ])
        func precedence(_ text: String, _ tree: String) throws {
            #expect(try parsed(text) == tree)
        }

        @Test func parenthesesOverridePrecedence() throws {
            #expect(try parsed("(a or b) and c") == "(and (or a b) c)")
            #expect(try parsed("(1 + 2) * 3") == "(* (+ 1 2) 3)")
            #expect(try parsed("((a))") == "a")
            #expect(try parsed("not (a and b)") == "(not (and a b))")
        }

        @Test func calls() throws {
            #expect(
                try parsed("abs(group.service.score - group.population.score) >= 1")
                    == "(>= abs((- group.service.score group.population.score)) 1)")
            #expect(try parsed("min(a, b, c)") == "min(a, b, c)")
            #expect(try parsed("count(elements, e, e.score < 2) > 3") == "(> count(elements, e, (< e.score 2)) 3)")
            #expect(try parsed("-abs(x)") == "(- abs(x))")
            #expect(try parsed("f()") == "f()")
            #expect(try parsed("mean(a, max(b, c))") == "mean(a, max(b, c))")
        }

        @Test func nodesKeepTheirSpans() throws {
            let expression = try Parser.parse("abs(x - y) >= 1")
            guard case .binary(.greaterOrEqual, let call, _, let op) = expression else {
                Issue.record("unexpected tree \(expression)")
                return
            }
            #expect(op == Span(offset: 11, length: 2))
            #expect(call.span == Span(offset: 0, length: 10))
            #expect(expression.span == Span(offset: 0, length: 15))
        }

        @Test(arguments: [
            ("a < b < c", 6, "comparisons cannot be chained"),
            ("a == b != c", 7, "comparisons cannot be chained"),
            ("(a and b", 0, "this '(' is never closed"),
            ("abs(a, b", 3, "this '(' is never closed"),
            ("a b", 2, "expected an operator or the end, but found 'b'"),
            ("a AND b", 2, "expected an operator or the end, but found 'AND'"),
            ("and a", 0, "expected a value, but found 'and'"),
            ("a and", 5, "the expression ends too early: a value is missing"),
            ("", 0, "the expression is empty"),
            ("   ", 3, "the expression is empty"),
            ("a )", 2, "expected an operator or the end, but found ')'"),
            ("abs(1 2)", 6, "expected ',' or ')', but found '2'"),
            ("element.x.score(1)", 15, "'element.x.score' is not a function, so it cannot be called"),
            ("2(b)", 1, "only a function name can be followed by '('"),
            ("abs(,)", 4, "expected a value, but found ','"),
        ])
        func syntaxErrors(_ text: String, _ offset: Int, _ message: String) throws {
            let error = try #require(failure(text))
            #expect(error.code == .ruleSyntax)
            #expect(error.message == message)
            #expect(error.span.offset == offset)
        }

        @Test func hintsForCommonSlips() throws {
            #expect(failure("a AND b")?.hint == "operators are lowercase: 'and'")
            #expect(failure("a < b < c")?.hint == "join two comparisons with 'and', as in 'a < b and b < c'")
            #expect(failure("a )")?.hint == "this ')' has no '(' to match")
        }

        @Test func nestingIsLimited() throws {
            let deep = String(repeating: "(", count: 60) + "a" + String(repeating: ")", count: 60)
            #expect(failure(deep)?.code == .ruleTooComplex)
            let chain = (1...60).map { "a\($0)" }.joined(separator: " + ")
            #expect(failure(chain)?.code == .ruleTooComplex, "a left-deep tree counts too")
            let fine = String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40)
            #expect(try parsed(fine) == "a")
        }
    }
}
