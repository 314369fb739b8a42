extension FormRenderer {
    /// The form's stylesheet: calm, high-contrast, readable on a projector, with a visible
    /// focus ring on every control and a plain layout when printed.
    static let style = """
        :root {
          --ink: #1b2631; --muted: #4a5866; --line: #c9d1d9; --paper: #ffffff; --wash: #f3f5f7;
          --accent: #1d5a85; --accent-dark: #143f5e; --accent-wash: #e8f0f6; --done: #1e7a46;
          --error: #b3261e; --focus: #ffbf47;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
          color: var(--ink); background: var(--wash); line-height: 1.45;
        }
        * { box-sizing: border-box; }
        body { margin: 0; font-size: 1rem; }
        h1, h2, h3 { line-height: 1.2; margin: 0 0 .5rem; }
        h1 { font-size: 1.9rem; }
        h2 { font-size: 1.35rem; }
        p { margin: 0 0 .6rem; }
        code { font-family: ui-monospace, "Cascadia Mono", Consolas, "Liberation Mono", monospace; font-size: .92em; }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
        .skip-link { position: absolute; left: -999px; top: 0; background: var(--focus); color: var(--ink); padding: .5rem 1rem; z-index: 10; }
        .skip-link:focus { left: 1rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .page-header { background: var(--accent-dark); color: #fff; padding: 1.5rem 1.5rem 1.2rem; }
        .page-header-inner { max-width: 1180px; margin: 0 auto; }
        .page-header .eyebrow { color: #cfe0ee; }
        .page-header code { color: #fff; }
        .summary { margin: .4rem 0 .8rem; max-width: 60rem; }
        .summary summary { cursor: pointer; color: #e3eef7; }
        .summary p { color: #e3eef7; margin-top: .5rem; }
        .intro { max-width: 60rem; color: #e3eef7; margin: 0; }
        .eyebrow { text-transform: uppercase; letter-spacing: .06em; font-size: .78rem; font-weight: 600; color: var(--muted); margin: 0 0 .25rem; }
        .layout { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 1.5rem; max-width: 1180px; margin: 0 auto; padding: 1.5rem; }
        .sidebar-inner { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; }
        .progress-text { font-weight: 600; margin-bottom: .4rem; }
        progress { width: 100%; height: .8rem; accent-color: var(--done); }
        .element-list { list-style: none; margin: 1rem 0 0; padding: 0; font-size: .92rem; }
        .element-list a { display: flex; justify-content: space-between; gap: .5rem; padding: .3rem .4rem; border-radius: 4px; text-decoration: none; color: var(--ink); }
        .element-list a:hover { background: var(--accent-wash); }
        .nav-count { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nav-count.complete { color: var(--done); font-weight: 600; }
        .nav-count.complete::after { content: " \\2713"; }
        .nav-actions { margin: .8rem 0 0; padding-top: .6rem; border-top: 1px solid var(--line); }
        .card, .element { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem 1.5rem; margin-bottom: 1.5rem; }
        .details-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem 1.5rem; }
        .field { display: flex; flex-direction: column; gap: .25rem; }
        .field-wide { grid-column: 1 / -1; }
        .field label { font-weight: 600; }
        .hint { color: var(--muted); font-size: .88rem; margin: 0; }
        .optional, .required { font-weight: 400; color: var(--muted); font-size: .88rem; }
        input[type=text], input[type=date], input[type=number], textarea {
          font: inherit; color: inherit; background: #fff; border: 2px solid #6b7785; border-radius: 4px; padding: .4rem .5rem; width: 100%;
        }
        textarea { resize: vertical; min-height: 2.8rem; }
        [aria-invalid=true] { border-color: var(--error); }
        .field-error { color: var(--error); font-weight: 600; font-size: .9rem; margin: 0; }
        .scale-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .75rem; margin: 0; }
        .scale-list div { border-left: 4px solid var(--accent); padding: .2rem .6rem; }
        .scale-list dt { font-weight: 600; }
        .scale-list dd { margin: .2rem 0 0; color: var(--muted); font-size: .9rem; }
        .level-value { display: inline-block; min-width: 1.8rem; padding: 0 .35rem; border-radius: 4px; background: var(--accent-wash); color: var(--accent-dark); font-weight: 700; text-align: center; }
        .element-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .25rem 1rem; border-bottom: 2px solid var(--accent); margin-bottom: 1rem; padding-bottom: .4rem; }
        .element-header .eyebrow { flex-basis: 100%; }
        .element-header h2 { margin: 0; }
        .element-number { color: var(--accent); margin-right: .3rem; }
        .element-count { margin: 0; color: var(--muted); font-weight: 600; }
        .element-description { color: var(--muted); max-width: 60rem; }
        .question { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; margin: 1.25rem 0 0; padding: .9rem 1.1rem 1rem; min-width: 0; }
        .question.answered { border-left-color: var(--done); }
        .question legend { float: left; width: 100%; padding: 0; margin: 0 0 .2rem; font-weight: 600; font-size: 1.1rem; }
        .question > :not(legend) { clear: both; }
        .question-number { color: var(--accent); margin-right: .25rem; }
        .question-id { color: var(--muted); font-size: .82rem; margin: 0 0 .5rem; }
        .guidance { background: var(--wash); border-radius: 4px; padding: .6rem .8rem; margin-bottom: .8rem; font-size: .94rem; }
        .guidance-title { font-weight: 600; margin-bottom: .2rem; }
        .guidance p:last-child { margin-bottom: 0; }
        .options { display: flex; flex-direction: column; gap: .35rem; margin-bottom: .8rem; }
        .option { position: relative; display: grid; grid-template-columns: 12rem minmax(0, 1fr); gap: .1rem 1rem; align-items: baseline; border: 2px solid var(--line); border-radius: 6px; padding: .45rem .7rem .45rem 2.4rem; cursor: pointer; background: #fff; }
        .option:hover { border-color: var(--accent); }
        .option input { position: absolute; left: .7rem; top: .6rem; width: 1.2rem; height: 1.2rem; margin: 0; accent-color: var(--accent); }
        .option:has(input:checked) { border-color: var(--accent); background: var(--accent-wash); }
        .option:has(input:focus-visible) { box-shadow: 0 0 0 4px var(--focus); border-color: var(--ink); }
        .option-head { font-weight: 600; grid-row: span 2; }
        .level-wording { grid-column: 2; }
        .level-description { grid-column: 2; color: var(--muted); font-size: .88rem; }
        .option-na { border-style: dashed; }
        .question-extra { display: grid; grid-template-columns: minmax(12rem, 1fr) minmax(14rem, 2fr); gap: .8rem 1.2rem; }
        .question-footer { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem; margin-top: .6rem; }
        .question-status { margin: 0; color: var(--muted); font-weight: 600; font-size: .92rem; }
        .question.answered .question-status { color: var(--done); }
        button { font: inherit; font-weight: 600; border-radius: 4px; padding: .5rem 1rem; border: 2px solid var(--accent); background: #fff; color: var(--accent-dark); cursor: pointer; }
        button:hover { background: var(--accent-wash); }
        button.primary { background: var(--accent); color: #fff; }
        button.primary:hover { background: var(--accent-dark); }
        button.danger { border-color: var(--error); color: var(--error); }
        button.link-button { border: none; background: none; padding: .2rem .3rem; color: var(--accent); text-decoration: underline; font-weight: 400; font-size: .9rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
        .status { min-height: 1.5rem; font-weight: 600; color: var(--accent-dark); }
        .response-yaml { background: #101820; color: #e8eef3; border-radius: 6px; padding: 1rem; max-height: 28rem; overflow: auto; font-size: .85rem; white-space: pre; }
        .privacy { color: var(--muted); font-size: .88rem; margin-top: .8rem; }
        @media (max-width: 860px) {
          .layout { grid-template-columns: minmax(0, 1fr); padding: 1rem; }
          .sidebar-inner { position: static; max-height: none; }
          .question-extra { grid-template-columns: 1fr; }
          .option { grid-template-columns: 1fr; }
          .option-head { grid-row: auto; }
          .level-wording, .level-description { grid-column: 1; }
        }
        @media (max-width: 480px) {
          .layout { padding: .6rem; gap: 1rem; }
          .page-header { padding: 1rem .8rem; }
          h1 { font-size: 1.5rem; }
          .card, .element { padding: 1rem .8rem; }
          .question { padding: .7rem .7rem .8rem; }
          .details-grid { grid-template-columns: minmax(0, 1fr); }
        }
        @page { size: A4; margin: 15mm 14mm; }
        @media print {
          :root { background: #fff; font-size: 10.5pt; }
          .page-header { background: none; color: var(--ink); padding: 0 0 .5rem; border-bottom: 2px solid var(--ink); }
          .page-header .eyebrow, .page-header code, .intro, .summary, .summary summary { color: var(--ink); }
          .layout { display: block; padding: 0; }
          .sidebar, .actions, .status, .skip-link, .clear-rating, .privacy, noscript { display: none; }
          .card, .element { border: none; padding: 0; margin: 0 0 1rem; }
          .question { break-inside: avoid; padding: .5rem .8rem; margin-top: .6rem; }
          .question-id, .guidance, .question .hint, .level-description { display: none; }
          .option { border-width: 1px; padding-top: .2rem; padding-bottom: .2rem; }
          .question.answered .option:not(:has(input:checked)) { display: none; }
          .question:not(.has-ratings) .field-ratings, .question:not(.has-evidence) .field-evidence { display: none; }
          .question-extra { display: block; }
          .element + .element { break-before: page; page-break-before: always; }
          .element-header, .element-description { break-after: avoid; page-break-after: avoid; }
          .response-yaml { background: none; color: var(--ink); border: 1px solid var(--line); max-height: none; overflow: visible; white-space: pre-wrap; }
          .output { break-before: page; }
        }

        """
}
