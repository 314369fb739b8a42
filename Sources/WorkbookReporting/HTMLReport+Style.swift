public import WorkbookModel
public import WorkbookScoring

/// The colours a report draws its bands in, worked out once per workbook.
///
/// A band's own `colour` when it is a valid `#rrggbb`, otherwise a grey (darker for lower
/// bands). Text on a colour is black or white, whichever contrasts more (WCAG relative
/// luminance), so a label is always readable; and a colour never appears without its label.
public struct BandPalette: Sendable {
    /// A fill and the text colour that reads on it.
    public struct Swatch: Sendable, Equatable {
        /// `#rrggbb`.
        public let fill: String
        /// `#000000`-ish or `#ffffff`.
        public let text: String
    }

    /// How anything not scored is drawn: grey hatching, dark text.
    public static let unscored = Swatch(fill: SVG.hatchFill, text: "#1f2328")

    private let bands: [Band]
    private let swatches: [Swatch]

    /// The palette of a workbook's bands, lowest band first.
    public init(_ bands: [Band]) {
        self.bands = bands
        let greys = ["#4d5358", "#6e757c", "#8f969d", "#b0b6bc", "#cfd4d9"]
        swatches = bands.enumerated()
            .map { index, band in
                let fallback = greys[
                    bands.count <= 1 ? 2 : min(greys.count - 1, index * (greys.count - 1) / (bands.count - 1))]
                let rgb = band.colour.flatMap(RGB.init(hex:)) ?? RGB(hex: fallback)
                return Swatch(fill: rgb.map(Self.hex) ?? fallback, text: rgb.map(Self.textColour) ?? "#000000")
            }
    }

    /// The swatch of a band, or the unscored one for no band.
    public func swatch(_ band: Band?) -> Swatch {
        guard let band, let index = bands.firstIndex(where: { $0.id == band.id }) else { return Self.unscored }
        return swatches[index]
    }

    /// The swatch of a score reading, or the unscored one.
    public func swatch(_ reading: ScoreReading?) -> Swatch { swatch(reading?.band) }

    private static func hex(_ rgb: RGB) -> String {
        "#"
            + [rgb.red, rgb.green, rgb.blue]
            .map { component in
                let digits = String(component, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }
            .joined()
    }

    /// Black or white, whichever has the higher contrast ratio with the colour.
    static func textColour(_ rgb: RGB) -> String {
        func linear(_ component: Int) -> Double {
            let value = Double(component) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue)
        let againstWhite = 1.05 / (luminance + 0.05)
        let againstBlack = (luminance + 0.05) / 0.05
        return againstWhite >= againstBlack ? "#ffffff" : "#111111"
    }
}

/// `x` raised to `y` for the luminance formula, without Foundation.
private func pow(_ base: Double, _ exponent: Double) -> Double {
    // exp(y ln x) by series would be overkill; the exponent is always 2.4 = 12/5.
    guard base > 0 else { return 0 }
    let twelfth = base * base * base * base * base * base * base * base * base * base * base * base
    return fifthRoot(twelfth)
}

/// The positive fifth root by Newton's method (converges in a few steps for 0 < x ≤ 1).
private func fifthRoot(_ value: Double) -> Double {
    guard value > 0 else { return 0 }
    var root = value < 1 ? 0.5 : value / 5
    for _ in 0..<60 {
        let fourth = root * root * root * root
        let next = root - (fourth * root - value) / (5 * fourth)
        if abs(next - root) < 1e-15 { return next }
        root = next
    }
    return root
}

extension HTMLReport {
    /// The page's whole style sheet, `Assets/report.css`: screen first, then A4 print.
    static let style = EmbeddedAssets.reportCSS
}
