extension WorkshopPackRenderer {
    /// The pack's stylesheet: A4 pages, one element per page, tick boxes that print crisply
    /// in black and white. On screen the pages are shown as sheets on a grey desk.
    static let style = """
        @page { size: A4; margin: 14mm 13mm 15mm; }
        * { box-sizing: border-box; }
        :root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; line-height: 1.35; }
        body { margin: 0; background: #d9dde1; font-size: 10pt; }
        .sheet { width: 210mm; min-height: 297mm; margin: 10mm auto; padding: 14mm 13mm 15mm; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, .25); }
        h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 8mm; }
        h2 { font-size: 14pt; margin: 7mm 0 3mm; }
        .element h2 { font-size: 16pt; margin: 0 0 2mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #111; }
        h3 { font-size: 10.5pt; margin: 0 0 1.5mm; }
        p { margin: 0 0 2mm; }
        code { font-family: ui-monospace, Consolas, "Liberation Mono", monospace; font-size: 9pt; }
        .eyebrow { text-transform: uppercase; letter-spacing: .06em; font-size: 8pt; font-weight: 600; color: #444; margin: 0 0 1.5mm; }
        .running { font-size: 7.5pt; color: #555; text-align: right; margin: 0 0 3mm; }
        .number { color: #1d5a85; margin-right: 1.5mm; }
        .qid { color: #555; font-weight: 400; }
        .qid { font-size: 7.5pt; font-family: ui-monospace, Consolas, "Liberation Mono", monospace; margin-left: 1.5mm; }
        .description { color: #333; font-size: 9pt; margin-bottom: 4mm; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .blanks { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm 10mm; margin-bottom: 6mm; }
        .blank { display: flex; align-items: flex-end; gap: 3mm; font-weight: 600; margin: 0; }
        .blank .line { flex: 1; border-bottom: .8pt solid #111; height: 7mm; }
        .steps li { margin-bottom: 2mm; }
        table { border-collapse: collapse; width: 100%; }
        .scale th, .scale td { border: .6pt solid #777; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
        .scale thead th { background: #eef2f5; }
        .scale .value { font-weight: 700; text-align: center; width: 14mm; }
        .question { break-inside: avoid; margin: 0 0 5mm; }
        .guidance { font-size: 8.5pt; color: #222; background: #f2f4f6; padding: 1.5mm 2mm; margin-bottom: 2mm; border-left: 1.2mm solid #9fb4c6; }
        .grid { table-layout: fixed; font-size: 7.5pt; }
        .grid th, .grid td { border: .6pt solid #666; padding: 1mm 1.2mm; }
        .grid thead th { text-align: left; vertical-align: top; font-weight: 400; background: #f7f8f9; }
        .grid thead .table-head, .grid tbody th { width: 11mm; text-align: center; font-weight: 700; }
        .grid thead .na { width: 17mm; }
        .grid .value { font-weight: 700; font-size: 9pt; }
        .grid .label { font-weight: 700; }
        .grid .wording, .grid .desc { display: block; margin-top: .8mm; }
        .grid .desc { color: #555; }
        .grid td { height: 6mm; text-align: center; vertical-align: middle; }
        .box { display: inline-block; width: 4.2mm; height: 4.2mm; border: .9pt solid #111; border-radius: .6mm; vertical-align: middle; }
        .notes { border: .6pt solid #666; border-top: none; min-height: 29mm; padding: 1mm 2mm;
          background-image: repeating-linear-gradient(to bottom, transparent 0, transparent 7.2mm, #c3c8cd 7.2mm, #c3c8cd 7.5mm);
          background-position: 0 6mm; }
        .notes p { font-size: 7.5pt; font-weight: 600; color: #444; margin: 0; }
        body:has(.sheet:target) .sheet:not(:target) { display: none; }
        @media print {
          body { background: none; }
          .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
          /* The cover on its own page; then the elements follow one another, so an element
             that ends half-way down a page does not leave the rest of it empty. */
          .cover { break-after: page; }
          .element + .element { margin-top: 8mm; }
          .element h2, .element .eyebrow, .element .running, .element .description { break-after: avoid; page-break-after: avoid; }
          .guidance, .grid thead th, .scale thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .notes { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
