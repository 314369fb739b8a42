import WorkbookSupport

/// Small pieces the HTML report's SVG figures share: coordinates, wrapped text, boxes, and
/// the hatch pattern that marks anything not scored.
///
/// Figures are inline `<svg>` inside the HTML page (no `xmlns` needed, nothing fetched).
/// Every piece is `HTML`, so every text drawn through here is escaped.
enum SVG {
    /// The id of the hatch pattern defined once per page by `definitions`.
    static let hatchID = "wb-hatch"

    /// A fill that shows "not scored": grey hatching.
    static let hatchFill = "url(#\(hatchID))"

    /// The shared definitions (the hatch pattern), in an SVG that takes no space.
    static let definitions: HTML = """
        <svg class="svg-defs" width="0" height="0" aria-hidden="true" focusable="false">\
        <defs><pattern id="\(hatchID)" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="8" height="8" fill="#eceff1"/><rect width="3" height="8" fill="#c4c9ce"/></pattern></defs></svg>

        """

    /// The text cut to `count` characters, ending in "…" when it was longer.
    static func truncate(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(max(1, count - 1))) + "…"
    }

    /// A coordinate or length: at most one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let text = NumberFormatting.fixed(value, places: 1)
        if text.hasSuffix(".0") { return String(text.dropLast(2)) }
        return text == "-0" ? "0" : text
    }

    /// Splits text into lines of at most `width` characters at spaces; a word longer than a
    /// line is cut. More than `maxLines` lines end the last one with "…".
    static func wrap(_ text: String, width: Int = 22, maxLines: Int = 6) -> [String] {
        let width = max(4, width)
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline || $0 == "\t" }) {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if word.isEmpty { continue }
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.isEmpty { lines = [""] }
        guard lines.count > max(1, maxLines) else { return lines }
        var kept = Array(lines.prefix(max(1, maxLines)))
        let last = kept[kept.count - 1]
        kept[kept.count - 1] = String(last.prefix(width - 1)) + "…"
        return kept
    }

    /// A `<text>` of several lines, one `<tspan>` each; the first line's baseline is at `y`.
    static func text(
        _ lines: [String], x: Double, y: Double, lineHeight: Double = 16, size: Double = 13,
        anchor: String = "start", weight: String? = nil, fill: String = "#1f2328", className: String? = nil,
        halo: Bool = false
    ) -> HTML {
        var attributes: HTML = "x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" fill=\"\(fill)\""
        if halo { attributes += " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" }
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let className { attributes += " class=\"\(className)\"" }
        if lines.count == 1 { return "<text \(attributes)>\(lines[0])</text>" }
        let spans = lines.enumerated()
            .map { index, line -> HTML in
                "<tspan x=\"\(number(x))\"\((index == 0 ? "" : " dy=\"\(number(lineHeight))\"") as HTML)>\(line)</tspan>"
            }
        return "<text \(attributes)>\(spans.joined())</text>"
    }

    /// A rectangle; `fill` and `stroke` are colours this code chose, never user text.
    static func rect(
        x: Double, y: Double, width: Double, height: Double, radius: Double = 6, fill: String,
        stroke: String? = nil, strokeWidth: Double = 1, dashed: Bool = false
    ) -> HTML {
        var out: HTML =
            "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\""
        if radius > 0 { out += " rx=\"\(number(radius))\"" }
        out += " fill=\"\(fill)\""
        if let stroke {
            out += " stroke=\"\(stroke)\" stroke-width=\"\(number(strokeWidth))\""
            if dashed { out += " stroke-dasharray=\"6 4\"" }
        }
        return out + "/>"
    }

    /// A straight line.
    static func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#8c959f", width: Double = 2,
        dashed: Bool = false
    ) -> HTML {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(stroke)\""
            + " stroke-width=\"\(number(width))\"\((dashed ? " stroke-dasharray=\"6 5\"" : "") as HTML)/>"
    }

    /// A closed polygon through points.
    static func polygon(
        _ points: [(Double, Double)], fill: String, stroke: String? = nil, strokeWidth: Double = 2,
        opacity: Double? = nil
    ) -> HTML {
        let list = points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
        var out: HTML = "<polygon points=\"\(list)\" fill=\"\(fill)\""
        if let opacity { out += " fill-opacity=\"\(NumberFormatting.fixed(opacity, places: 2))\"" }
        if let stroke {
            out += " stroke=\"\(stroke)\" stroke-width=\"\(number(strokeWidth))\" stroke-linejoin=\"round\""
        }
        return out + "/>"
    }

    /// An open line through points.
    static func polyline(
        _ points: [(Double, Double)], stroke: String = "#8c959f", width: Double = 2, dashed: Bool = false
    ) -> HTML {
        let list = points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
        return "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(number(width))\""
            + " stroke-linejoin=\"round\"\((dashed ? " stroke-dasharray=\"6 5\"" : "") as HTML)/>"
    }

    /// An arrowhead whose tip is at (x, y), pointing right, down or left.
    static func arrowhead(
        x: Double, y: Double, direction: ArrowDirection, fill: String = "#57606a", size: Double = 9
    ) -> HTML {
        let half = size * 0.6
        let points: [(Double, Double)] =
            switch direction {
            case .right: [(x, y), (x - size, y - half), (x - size, y + half)]
            case .left: [(x, y), (x + size, y - half), (x + size, y + half)]
            case .down: [(x, y), (x - half, y - size), (x + half, y - size)]
            }
        return polygon(points, fill: fill)
    }

    /// Which way an arrowhead points.
    enum ArrowDirection {
        case right, left, down
    }

    /// The unit vector of spoke `index` of `count`, starting straight up and going clockwise.
    static func direction(_ index: Int, of count: Int) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(1, count))
        return (sine(angle + Double.pi / 2), sine(angle))
    }

    /// sin(x) by its Taylor series after reduction to [-π, π]: exact enough to draw with, and
    /// the same bits on every platform (no libm, no Foundation).
    static func sine(_ x: Double) -> Double {
        var x = x.truncatingRemainder(dividingBy: 2 * Double.pi)
        if x > Double.pi { x -= 2 * Double.pi } else if x < -Double.pi { x += 2 * Double.pi }
        var term = x
        var sum = x
        for n in 1...22 {
            term *= -x * x / Double((2 * n) * (2 * n + 1))
            sum += term
        }
        return sum
    }

    /// `<title>` text for a shape: a tooltip and an accessible name.
    static func title(_ text: String) -> HTML { "<title>\(text)</title>" }
}
