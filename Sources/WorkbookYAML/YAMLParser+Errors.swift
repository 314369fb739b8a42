import WorkbookSupport
import WorkbookDiagnostics

internal import CLibYAML

extension YAMLParser {
    /// Turns libyaml's error state into a diagnostic with a readable message.
    ///
    /// libyaml says what its scanner expected ("could not find expected ':'"); people need
    /// to hear what they probably did ("this line has no ':' after its key"). The raw
    /// wording is kept in the hint so nothing is hidden.
    static func libYAMLError(_ parser: yaml_parser_t, position: TextPosition) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        let location: FileLocation
        if parser.error == YAML_READER_ERROR {
            location = position.location(ofByte: Int(parser.problem_offset))
        } else {
            location = position.location(
                line: Int(parser.problem_mark.line), column: Int(parser.problem_mark.column))
        }
        var contextLocation: FileLocation?
        if context != nil, parser.error != YAML_READER_ERROR {
            contextLocation = position.location(
                line: Int(parser.context_mark.line), column: Int(parser.context_mark.column))
        }
        let raw = [context, problem].compactMap { $0 }.joined(separator: " ")
        var hint = "libyaml: \(raw)"
        if let contextLocation, contextLocation != location {
            hint += " (the construct began at line \(contextLocation.line), column \(contextLocation.column))"
        }
        if position.character(at: location) == "\t",
            problem.contains("cannot start any token") || problem.contains("tab")
        {
            return .error(
                .yamlTab, "a tab character is used here; YAML indents with spaces, never tabs", at: location,
                hint: "replace the tab with spaces (most editors can 'convert indentation to spaces')")
        }
        // An unclosed quote is found at the end of the file; the quote that opened it is
        // where the fix goes, so point there.
        let unclosed = problem.contains("unexpected end of stream") && (context ?? "").contains("quoted scalar")
        // So is a list or mapping in brackets that is never closed: point at its '[' or '{'.
        let unclosedFlow = (context ?? "").contains("flow sequence") || (context ?? "").contains("flow mapping")
        let place = unclosed || unclosedFlow ? (contextLocation ?? location) : location
        // Text pasted from a word processor brings curly quotes, which YAML does not read as quotes.
        let lines = [place.line, location.line, contextLocation?.line].compactMap { $0 }
        if let quotes = lines.lazy.compactMap({ position.lineText($0).flatMap(TypographicQuotes.hint(for:)) }).first {
            hint = quotes + "; " + hint
        }
        return .error(.yamlSyntax, readable(problem: problem, context: context), at: place, hint: hint)
    }

    /// A plain-words version of libyaml's problem, or its own words when we have none better.
    static func readable(problem: String, context: String?) -> String {
        let context = context ?? ""
        if problem.contains("found unexpected end of stream") {
            if context.contains("quoted scalar") {
                return "the file ends inside quoted text: a closing quote is missing"
            }
            return "the file ends in the middle of a value: it may be cut short"
        }
        if problem.contains("mapping values are not allowed") {
            return
                "a ':' here would start a new key, but a key cannot start here; put the text in quotes if the colon is part of it"
        }
        if problem.contains("could not find expected ':'") {
            return "a key has no ':' after it (or a line break was put inside a value)"
        }
        if problem.contains("did not find expected key") {
            return "this line is not indented like the keys around it"
        }
        if problem.contains("did not find expected '-' indicator") {
            return "this line is not indented like the list items around it"
        }
        if problem.contains("did not find expected ',' or ']'") {
            return "a list written in [brackets] is not closed: a ']' is missing"
        }
        if problem.contains("did not find expected ',' or '}'") {
            return "a mapping written in {braces} is not closed: a '}' is missing"
        }
        if problem.contains("did not find expected node content") {
            return "a value was expected here"
        }
        if problem.contains("found character that cannot start any token") {
            return "this character cannot start a value here; put the value in quotes"
        }
        if problem.contains("found undefined tag handle") {
            return "a '!' starts an unknown tag here; put the value in quotes if the '!' is part of it"
        }
        if problem.contains("found unknown escape character") {
            return
                "a backslash in double-quoted text starts an unknown escape; write '\\\\' for a backslash, or use single quotes"
        }
        if problem.contains("found a tab character") {
            return "a tab character is used here where YAML needs spaces"
        }
        if problem.contains("block sequence entries are not allowed") {
            return "a list item ('- ') cannot start here; check the indentation of this line"
        }
        if problem.contains("control characters are not allowed") || problem.contains("invalid") {
            return "the file contains a character that is not allowed in YAML text"
        }
        return "the YAML is not valid here: \(context.isEmpty ? problem : "\(context) \(problem)")"
    }
}
