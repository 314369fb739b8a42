extension String {
    /// The text made safe to place in HTML, in element content or in a double- or
    /// single-quoted attribute value.
    ///
    /// `&`, `<`, `>`, `"` and `'` become character references; everything else, including
    /// non-ASCII text such as "Côte-d’Or", is kept as it is (pages are written as UTF-8).
    /// This is the one HTML escaping routine, and `HTML` is its one user: renderers build
    /// pages as `HTML`, whose interpolation escapes text through it, and never call it directly.
    var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
