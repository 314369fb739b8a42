extension FormRenderer {
    /// The form's stylesheet, `Assets/form.css`: calm, high-contrast, readable on a
    /// projector, with a visible focus ring on every control and a plain layout when printed;
    /// then the plan's rows and the boxes per table (side by side, wrapping on a narrow screen).
    static let style = EmbeddedAssets.formCSS
}
