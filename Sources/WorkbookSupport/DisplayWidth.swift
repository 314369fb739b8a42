/// How many terminal columns text takes, so text tables line up whatever the names hold.
///
/// A character (grapheme cluster) takes two columns when it is East Asian wide or fullwidth
/// (CJK, Hangul, fullwidth forms) or an emoji shown as a picture; none when it is only
/// combining marks, joiners, variation selectors or other format characters; otherwise one.
/// ANSI colour sequences (`ESC [ … m`) take none. This is the common `wcwidth` reading,
/// enough for names and titles; it does not try to match every terminal's quirks.
public enum DisplayWidth {
    /// The columns `text` takes on a terminal.
    public static func of(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            width += of(character)
        }
        return width
    }

    /// The columns one character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var sawVisible = false
        for scalar in character.unicodeScalars {
            let properties = scalar.properties
            if isWide(scalar.value) || properties.isEmojiPresentation { return 2 }
            if scalar.value == 0xFE0F, properties.isVariationSelector { return 2 }  // emoji variation selector
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: continue
            default: sawVisible = true
            }
        }
        return sawVisible ? 1 : 0
    }

    /// East Asian wide and fullwidth ranges (Unicode's EastAsianWidth W and F, in brief).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default: false
        }
    }

    /// `text` cut into lines of at most `width` columns at spaces (a word longer than the
    /// width stands on a line of its own, whole). Never cuts a name short.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = of(String(word))
            if currentWidth > 0, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            current += (currentWidth > 0 ? " " : "") + word
            currentWidth += (currentWidth > 0 ? 1 : 0) + wordWidth
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
