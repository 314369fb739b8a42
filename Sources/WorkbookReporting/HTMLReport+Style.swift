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
        swatches = bands.enumerated().map { index, band in
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
            + [rgb.red, rgb.green, rgb.blue].map { component in
                let digits = String(component, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
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
    /// The page's whole style sheet: screen first, then A4 print.
    static let style = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --rule: #d8dee4; --soft: #f6f8fa; }
        *, *::before, *::after { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", \
        "Liberation Sans", sans-serif; color: var(--ink); background: #ffffff; line-height: 1.55; font-size: 100%; }
        body { margin: 0 auto; max-width: 60rem; padding: 2.5rem 1.5rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .3rem 0 .6rem; font-weight: 650; letter-spacing: -.01em; }
        h2 { font-size: 1.45rem; line-height: 1.25; margin: 3rem 0 1rem; padding-bottom: .4rem; border-bottom: 1px solid var(--rule); font-weight: 650; }
        h3 { font-size: 1.12rem; line-height: 1.3; margin: 2rem 0 .5rem; font-weight: 650; }
        p { margin: .5rem 0 .9rem; }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: .86em; \
        background: var(--soft); padding: .05em .3em; border-radius: .25rem; overflow-wrap: anywhere; }
        .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .78rem; color: var(--muted); margin: 0; font-weight: 600; }
        .meta { color: var(--muted); margin: 0 0 .4rem; font-size: 1.05rem; }
        .notes { color: var(--muted); font-size: .95rem; max-width: 48rem; }
        .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .9rem; margin: 1.6rem 0 1rem; padding: 0; }
        .figure-card { border: 1px solid var(--rule); border-radius: .6rem; padding: .85rem 1rem .9rem; break-inside: avoid; }
        .figure-card dt { font-size: .82rem; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .05em; }
        .figure-card dd { margin: .25rem 0 0; }
        .figure-card .big { font-size: 1.7rem; font-weight: 650; line-height: 1.2; font-variant-numeric: tabular-nums; }
        .figure-card .out-of { font-size: 1rem; color: var(--muted); font-weight: 400; }
        .figure-card .sub { display: block; font-size: .88rem; color: var(--muted); margin-top: .3rem; }
        .band { display: inline-block; padding: .08rem .55rem; border-radius: 999px; font-size: .78rem; font-weight: 600; \
        line-height: 1.45; white-space: nowrap; vertical-align: .12em; border: 1px solid rgba(0, 0, 0, .12); }
        .band.unscored, .track.unscored { background: repeating-linear-gradient(135deg, #eceff1 0 4px, #c4c9ce 4px 6px); color: #1f2328; }
        .muted { color: var(--muted); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; \
        clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .small { font-size: .88rem; }
        figure { margin: 1.25rem 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; width: 100%; height: auto; }
        svg text { font-family: inherit; }
        svg.svg-defs { position: absolute; width: 0; height: 0; overflow: hidden; }
        figcaption { color: var(--muted); font-size: .9rem; margin-top: .8rem; max-width: 50rem; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; padding: 0; margin: .8rem 0 0; font-size: .86rem; }
        .legend li { display: flex; align-items: center; gap: .4rem; }
        .legend svg { width: 1.1rem; height: 1.1rem; flex: none; }
        table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.4rem; font-size: .92rem; }
        th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
        thead th { font-weight: 600; font-size: .8rem; color: var(--muted); border-bottom: 2px solid var(--rule); \
        text-transform: uppercase; letter-spacing: .04em; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.bars td { vertical-align: middle; }
        table.bars td:first-child { width: 34%; }
        table.bars .bar-cell { width: 32%; min-width: 7rem; }
        table.bars tr.group-row th { font-size: .95rem; color: var(--ink); text-transform: none; letter-spacing: 0; \
        padding-top: 1rem; border-bottom: 1px solid var(--rule); font-weight: 650; }
        .track { position: relative; height: .95rem; border-radius: .3rem; background: #eceff1; overflow: visible; }
        .fill { position: absolute; left: 0; top: 0; bottom: 0; border-radius: .3rem; }
        .threshold { position: absolute; top: -.25rem; bottom: -.25rem; width: 0; border-left: 2px dashed #1f2328; }
        .rank { display: inline-block; min-width: 1.6rem; font-weight: 650; color: var(--muted); }
        ol.links { padding-left: 1.4rem; }
        ol.links li { margin: .3rem 0; }
        .callout { border-left: 4px solid #1f2328; background: var(--soft); padding: .75rem 1rem; border-radius: 0 .4rem .4rem 0; margin: 1rem 0; }
        .finding { border: 1px solid var(--rule); border-left-width: 5px; border-radius: .4rem; padding: .7rem 1rem; margin: .7rem 0; break-inside: avoid; }
        .finding p { margin: .3rem 0; }
        .finding .what-to-do { color: var(--ink); }
        .finding-critical { border-left-color: #b42318; }
        .finding-warning { border-left-color: #b54708; }
        .finding-info { border-left-color: #175cd3; }
        .severity { display: inline-block; font-size: .74rem; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; \
        padding: .05rem .5rem; border-radius: .25rem; color: #ffffff; margin-right: .4rem; vertical-align: .1em; }
        .severity-critical { background: #b42318; }
        .severity-warning { background: #b54708; }
        .severity-info { background: #175cd3; }
        .element-answers { margin-top: 2.2rem; break-inside: auto; }
        .element-answers h3 { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .6rem; }
        .element-answers h3 .score { font-variant-numeric: tabular-nums; }
        .element-meta { color: var(--muted); font-size: .9rem; margin: 0 0 .4rem; }
        table.answers td:first-child { width: 42%; }
        table.answers td.evidence { width: 36%; }
        .qid { display: inline-block; margin-right: .4rem; font-weight: 600; }
        .coverage-warning { border: 2px solid #8a1c12; background: #fdecea; color: #5c130c; padding: .75rem 1rem; border-radius: .4rem; margin: 1rem 0; }
        .more-links { margin-top: -.4rem; }
        .flag { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem; border-radius: .25rem; \
        border: 1px solid #b54708; color: #7a2e0e; margin-left: .25rem; }
        details.derivation { border: 1px solid var(--rule); border-radius: .4rem; padding: .5rem .9rem; margin: .4rem 0 1rem; background: #fcfcfd; }
        details.derivation summary { cursor: pointer; font-weight: 600; font-size: .92rem; }
        details.derivation p, details.derivation ul { font-size: .9rem; margin: .4rem 0; }
        table.terms { font-size: .86rem; margin: .4rem 0 .6rem; width: auto; min-width: 60%; }
        table.terms td, table.terms th { padding: .2rem .6rem; }
        .formula { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9rem; \
        overflow-wrap: anywhere; }
        footer { margin-top: 3.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .88rem; }
        footer ul { padding-left: 1.2rem; }
        .glance { border: 1px solid var(--rule); border-radius: .6rem; padding: .4rem 1.2rem 1rem; margin: 1.5rem 0; }
        .glance h2 { margin-top: .8rem; }
        .glance h3 { margin: 1rem 0 .3rem; }
        .glance ol, .glance ul { padding-left: 1.3rem; margin: .3rem 0; }
        .glance li { margin: .25rem 0; }
        .glance-figures { margin: 0; }
        .glance-figures div { display: grid; grid-template-columns: 9rem minmax(0, 1fr); gap: .8rem; padding: .3rem 0; border-bottom: 1px solid var(--rule); }
        .glance-figures dt { font-weight: 600; }
        .glance-figures dd { margin: 0; }
        .glance-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 2rem; }
                @media screen and (max-width: 40rem) {
          body { padding: 1.2rem .75rem 3rem; }
          h1 { font-size: 1.6rem; }
          table { font-size: .84rem; }
          th, td { padding: .35rem .25rem; overflow-wrap: anywhere; }
          thead th { text-transform: none; letter-spacing: 0; font-size: .74rem; }
          .num, .band { white-space: normal; }
          table.bars .bar-cell, table.groups :is(th, td):is(:nth-child(2), :nth-child(4), :nth-child(6)) { display: none; }
          table.bars td:first-child, table.answers td:first-child { width: auto; }
          table.answers td.evidence { width: auto; }
          .figures { grid-template-columns: minmax(0, 1fr); }
          .glance { padding: .2rem .7rem .7rem; }
          .glance-figures div { grid-template-columns: minmax(0, 1fr); gap: 0; }
        }
        @page { size: A4; margin: 15mm 14mm 16mm; }
        @media print {
          html { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .page { break-before: page; page-break-before: always; }
          /* Page 1 is the header and "At a glance"; the framework opens page 2. */
          header .figures { display: none; }
          .glance { border: none; padding: 0; margin: .6rem 0 0; font-size: 9.5pt; }
          .glance li { margin: .12rem 0; }
          #framework { break-before: page; page-break-before: always; }
          /* The scores table follows the drawing it gives the data of, on the same page if it fits. */
          #scores.page, #findings.page { break-before: auto; page-break-before: auto; }
          #findings h2 { margin-top: 1.2rem; }
          /* The bar table may run on to the next page (its header row repeats; rows never split). */
          figure.bar-chart { break-inside: auto; page-break-inside: auto; }
          /* Short tables stay whole, so no header row is left alone at a page foot. */
          table.groups, table.leverage, table.contested, table.targets, table.targets-met { break-inside: avoid; page-break-inside: avoid; }
          #scores h2 { margin-top: 1rem; }
          #scores table { font-size: 8.5pt; line-height: 1.3; }
          #scores .band { font-size: 7pt; line-height: 1.3; }
          #scores .track { height: .7rem; }
          #scores figcaption, #framework figcaption, #framework .legend { font-size: 8pt; margin-top: .3rem; }
          #scores table.bars td, #scores table.bars th { padding-top: .08rem; padding-bottom: .08rem; }
          #scores table.bars tr.group-row th { padding-top: .3rem; }
          #scores figure { margin: .4rem 0 .6rem; }
          h3 + p { break-after: avoid; page-break-after: avoid; }
          h2 { margin-top: 0; }
          h2, h3, .element-meta, thead { break-after: avoid; page-break-after: avoid; }
          figure, .figure-card, .finding, .callout, tr, details.derivation { break-inside: avoid; page-break-inside: avoid; }
          .figures { grid-template-columns: none; grid-auto-flow: column; grid-auto-columns: 1fr; margin: 1rem 0 .5rem; }
          .figure-card { padding: .6rem .75rem; }
          figure.framework { margin-top: .5rem; }
          figure.framework svg { max-height: 88mm; }
          .notes { font-size: .85rem; margin: .3rem 0 .5rem; }
          h1 { font-size: 1.7rem; }
          th, td { padding: .28rem .5rem; }
          table.bars tr.group-row th { padding-top: .6rem; }
          .element-answers { margin-top: 1.4rem; }
          .element-answers table.terms { display: none; }
          /* The evidence appendix, compact: each element's sum is on screen, its table on paper. */
          .element-answers details.derivation { display: none; }
          #answers, #derivation { font-size: 9pt; }
          #answers table, #derivation table { font-size: 8.5pt; margin-bottom: .6rem; }
          #answers th, #answers td { padding: .12rem .35rem; line-height: 1.3; }
          #answers table.answers td:first-child { width: 50%; }
          #answers table.answers td:nth-child(2) { width: 11%; }
          #answers .qid { display: inline; margin: 0 .2rem 0 0; }
          .element-answers { margin-top: .9rem; break-inside: avoid; page-break-inside: avoid; }
          .element-answers h3 { margin: 0 0 .15rem; }
          .element-meta { margin-bottom: .15rem; }
          #derivation.page { break-before: auto; page-break-before: auto; }
          details.derivation summary { list-style: none; }
          details::details-content { content-visibility: visible; display: block; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
