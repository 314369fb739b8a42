extension WorkshopPackRenderer {
    /// The pack's stylesheet, `Assets/pack.css`: A4 pages, one element per page, tick boxes that
    /// print crisply in black and white. On screen the pages are shown as sheets on a grey desk.
    static let style = EmbeddedAssets.packCSS
}
