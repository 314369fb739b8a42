import WorkbookComparison
import WorkbookModel
import WorkbookSupport

extension CompareRenderer {
    /// A self-contained, printable heat map: areas × elements, each cell coloured by its band
    /// and showing its score and band mark (never colour alone), then ranks, element spreads
    /// and common weakest links. No script, nothing fetched; every user text escaped.
    static func html(_ comparison: Comparison) -> String {
        let workbook = comparison.workbook
        let marks = bandMarks(workbook)
        let palette = BandPalette(workbook.bands)
        var out = HTMLPage.open(title: "Comparison: \(workbook.title)", style: style)
        out += "<header><p class=\"eyebrow\">Comparison · \(workbook.id.htmlEscaped) \(workbook.version.htmlEscaped)</p>"
        out += "<h1>\(workbook.title.htmlEscaped)</h1>"
        out += "<p>\(comparison.areas.count) areas. Each cell shows the element's score and its band: "
        out += workbook.bands.map { band in
            "<span class=\"chip\" style=\"\(HTMLPage.bandStyle(band, palette: palette))\">\(marks[band.id]?.htmlEscaped ?? "") \(band.label.htmlEscaped)</span>"
        }.joined(separator: " ")
        out += "</p></header>\n<section><h2 id=\"heat-title\">Areas by element</h2>"
        out += "<div class=\"scroll\" role=\"region\" aria-labelledby=\"heat-title\" tabindex=\"0\"><table class=\"heat\">\n"
        out += "<caption class=\"visually-hidden\">Each area's overall score, chain strength, coverage and element scores, "
        out += "with the band written in each cell</caption>\n<thead><tr>"
        out += "<th scope=\"col\">Rank</th><th scope=\"col\">Area</th><th scope=\"col\">Overall</th><th scope=\"col\">Chain</th><th scope=\"col\">Coverage</th>"
        for (index, element) in workbook.elements.enumerated() {
            out += "<th scope=\"col\" title=\"\(element.title.htmlEscaped)\"><span class=\"num\">\(index + 1)</span> \(element.title.htmlEscaped)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for area in comparison.areas {
            let summary = area.summary
            let rank = area.rank.map(String.init) ?? (area.lowCoverage ? "not ranked (low coverage)" : "–")
            out += "<tr><td class=\"rank\">\(rank)</td><th scope=\"row\">\(summary.assessed.htmlEscaped)"
            out += "<span class=\"period\">\(summary.period.htmlEscaped)</span>"
            if let outlier = area.outlier { out += "<span class=\"flag\">outlier (\(outlier.rawValue))</span>" }
            out += "</th>"
            out += cell(summary.overall, workbook, marks, palette) + cell(summary.chainStrength, workbook, marks, palette)
            out += "<td class=\"cov\">\(summary.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–")</td>"
            for element in workbook.elements { out += cell(summary.score(element.id), workbook, marks, palette) }
            out += "</tr>\n"
        }
        out += "</tbody></table></div></section>\n"
        out += "<section><h2 id=\"spread-title\">Elements across areas</h2>"
        out += "<div class=\"scroll\" role=\"region\" aria-labelledby=\"spread-title\" tabindex=\"0\"><table>"
        out += "<caption class=\"visually-hidden\">Each element's median, lowest and highest score across the areas</caption><thead><tr><th scope=\"col\">#</th><th scope=\"col\">Element</th>"
        out += "<th scope=\"col\">Median</th><th scope=\"col\">Lowest</th><th scope=\"col\">Highest</th><th scope=\"col\">Weakest link in</th></tr></thead><tbody>\n"
        for (index, element) in workbook.elements.enumerated() {
            let spread = comparison.elements.first { $0.id == element.id }
            let weak = comparison.commonWeakestLinks.first { $0.element == element.id }?.areas ?? 0
            out += "<tr><td>\(index + 1)</td><td>\(element.title.htmlEscaped)</td>"
            out += "<td>\(format(spread?.median))</td><td>\(format(spread?.min))</td><td>\(format(spread?.max))</td>"
            out += "<td>\(weak) of \(comparison.areas.count) areas</td></tr>\n"
        }
        out += "</tbody></table></div>"
        if let fences = comparison.outlierFences {
            out += "<p class=\"note\">Outliers: an area whose overall score is outside \(NumberFormatting.oneDecimal(fences.low))–"
            out += "\(NumberFormatting.oneDecimal(fences.high)) (Tukey's fences: 1.5 × the interquartile range beyond the quartiles of the ranked areas).</p>"
        }
        out += "<p class=\"note\">Areas with under \(NumberFormatting.fixed(Comparator.lowCoverage * 100, places: 0))% of questions answered are shown but not ranked.</p></section>\n"
        out += consensusHTML(comparison)
        let data = CompareRenderer.json(comparison).serialized(escapingHTML: true)
        out += "<script type=\"application/json\" id=\"comparison-data\">\n\(data)</script>\n"
        return out + HTMLPage.close()
    }

    private static func cell(
        _ score: Double?, _ workbook: Workbook, _ marks: [String: String], _ palette: BandPalette
    ) -> String {
        guard let score, let band = workbook.band(for: score) else { return "<td class=\"none\">not scored</td>" }
        return "<td style=\"\(HTMLPage.bandStyle(band, palette: palette))\">\(NumberFormatting.oneDecimal(score))"
            + "<span class=\"mark\"> \(marks[band.id]?.htmlEscaped ?? "")</span></td>"
    }

    private static func format(_ value: Double?) -> String {
        value.map { NumberFormatting.oneDecimal($0) } ?? "–"
    }

    private static let style = """
        .scroll { overflow-x: auto; }
        table.heat { font-variant-numeric: tabular-nums; }
        body { max-width: 110rem; }
        table.heat th[scope=col] { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;
          font-weight: 600; font-size: 0.8rem; vertical-align: bottom; padding: 0.4rem 0.2rem; }
        table.heat th[scope=col]:nth-child(-n+5) { writing-mode: horizontal-tb; transform: none; }
        table.heat td { text-align: center; min-width: 2.6rem; }
        table.heat td.rank, table.heat td.cov { background: #f4f4f4; }
        table.heat th[scope=row] { text-align: left; white-space: nowrap; }
        .period, .flag { display: block; font-weight: 400; font-size: 0.75rem; color: #555; }
        .flag { color: #8a1c1c; font-weight: 600; }
        .none { color: #555; background: repeating-linear-gradient(45deg, #eee, #eee 4px, #fff 4px, #fff 8px); font-size: 0.7rem; }
        .mark { font-size: 0.7rem; }
        .num { font-variant-numeric: tabular-nums; }
        @media print {
          /* The heat map on one A4 landscape page, every column on it: small type, and the
             section may start on page 1 even when the page cannot hold all of it. */
          section { break-inside: auto; }
          table.heat { font-size: 7pt; width: 100%; table-layout: fixed; line-height: 1.2; }
          table.heat th, table.heat td { box-sizing: border-box; }
          table.heat th[scope=col] { writing-mode: horizontal-tb; transform: none; font-size: 5.8pt; padding: 0.1rem 0.25rem 0.1rem 0.2rem;
            white-space: normal; letter-spacing: -0.01em; vertical-align: bottom; line-height: 1.1; font-weight: 600; }
          table.heat th[scope=col]:nth-child(1) { width: 9mm; }
          table.heat th[scope=col]:nth-child(2) { width: 25mm; }
          table.heat th[scope=col]:nth-child(3), table.heat th[scope=col]:nth-child(4) { width: 11mm; }
          table.heat th[scope=col]:nth-child(5) { width: 13mm; }
          table.heat th[scope=col]:nth-child(n+6) { width: 15.5mm; }
          table.heat td { min-width: 0; padding: 0.1rem 0.1rem; }
          table.heat td.rank { font-size: 6pt; }
          table.heat th[scope=row] { white-space: normal; padding: 0.1rem 0.2rem; }
          table.heat .period, table.heat .flag { font-size: 6pt; }
          body { font-size: 9pt; } h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; margin-top: 1rem; }
        }
        @media screen and (max-width: 40rem) {
          /* A phone: flat, wrapped column headings (not a tall rotated band); the map scrolls sideways. */
          table.heat th[scope=col] { writing-mode: horizontal-tb; transform: none; white-space: normal;
            min-width: 4.6rem; font-size: 0.7rem; line-height: 1.15; }
          table.heat td.rank { font-size: 0.75rem; min-width: 2.2rem; }
          table.heat th[scope=row] { white-space: normal; min-width: 6.5rem; }
        }
        """
}

/// The page shell and band colouring every HTML output shares: no script, no fetch (the
/// report's Content-Security-Policy says so to the browser too), system fonts, A4 printing.
enum HTMLPage {
    static func open(title: String, style extra: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(HTMLReport.contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.htmlEscaped)</title>
        <style>
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color: #1d1d1f; margin: 0 auto; padding: 2rem 1.5rem; max-width: 72rem; line-height: 1.45; }
        h1 { font-size: 1.7rem; margin: 0.2rem 0 0.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
        .eyebrow { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.75rem; color: #555; margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; }
        th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.45rem; }
        thead th { background: #f4f4f4; text-align: left; }
        .chip { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 0.3rem; font-size: 0.85rem; }
        .note { color: #444; font-size: 0.9rem; }
        caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
          clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .scroll:focus-visible { outline: 3px solid #1d4e89; outline-offset: 2px; }
        @page { size: A4 landscape; margin: 12mm; }
        @media print { body { padding: 0; max-width: none; } section { break-inside: avoid-page; }
          .scroll { overflow: visible; } * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2, h3 { break-after: avoid; page-break-after: avoid; } tr { break-inside: avoid; } }
        @media screen and (max-width: 40rem) { body { padding: 1rem .6rem; } th, td { padding: 0.25rem 0.3rem; } }
        \(extra)
        </style>
        </head>
        <body>

        """
    }

    static func close() -> String { "</body>\n</html>\n" }

    /// Background in the band's colour with black or white text, whichever contrasts more
    /// (the same palette the report's drawings use).
    static func bandStyle(_ band: Band?, palette: BandPalette) -> String {
        let swatch = palette.swatch(band)
        return "background:\(swatch.fill);color:\(swatch.text)"
    }
}
