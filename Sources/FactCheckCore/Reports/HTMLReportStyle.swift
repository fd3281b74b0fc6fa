/// The style sheet of the HTML report: verdict colours, the article beside its notes, and print rules.
enum HTMLReportStyle {
  /// The CSS, written into the page (no network).
  static let css = """
    :root { color-scheme: light; --verified: #1e7b3a; --unverified: #8a6100; --disputed: #b3261e;
      --unreviewed: #6b7280; --conflict: #8e3fb5; --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 78rem; padding: 1.5rem 2rem 3rem; color: var(--ink); background: #fff;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
    h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
    h2 { font-size: 1.3rem; margin: 0 0 .2rem; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    a { color: inherit; }
    .muted, .meta { color: var(--muted); }
    .meta { margin: 0 0 .5rem; font-size: .9rem; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .88rem; }
    th, td { text-align: left; vertical-align: top; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); }
    th { font-weight: 600; border-bottom: 2px solid var(--rule); }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    .legend span { margin-right: 1rem; white-space: nowrap; }
    .chip { display: inline-block; padding: 0 .35rem; border-radius: .25rem; font-size: .85em; white-space: nowrap; }
    .verified .chip, .chip.verified { background: #d9f2e1; color: var(--verified); }
    .unverified .chip, .chip.unverified { background: #fff1c2; color: var(--unverified); }
    .disputed .chip, .chip.disputed { background: #fbd9d6; color: var(--disputed); }
    .unreviewed .chip, .chip.unreviewed { background: #eef0f2; color: var(--unreviewed); }
    .chip.conflict, .chip.orphaned, .chip.changed { background: #f3e8fa; color: var(--conflict); }
    .progress { display: flex; align-items: center; gap: .6rem; margin: .3rem 0 1rem; font-size: .9rem; }
    .bar { display: flex; width: 16rem; height: .65rem; border-radius: .35rem; overflow: hidden; background: #e6e8eb; }
    .bar span { display: block; height: 100%; }
    .bar .verified { background: var(--verified); }
    .bar .unverified { background: #d4a017; }
    .bar .disputed { background: var(--disputed); }
    section.article { border-top: 3px solid var(--ink); margin-top: 2.5rem; padding-top: 1rem; }
    .columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
    .text { font: 1.02rem/1.7 Georgia, "DejaVu Serif", serif; white-space: pre-wrap; overflow-wrap: anywhere; }
    mark { color: inherit; padding: .05rem 0; border-radius: .15rem; }
    mark.verified { background: #d9f2e1; box-shadow: inset 0 -2px 0 var(--verified); }
    mark.unverified { background: #fff1c2; box-shadow: inset 0 -2px 0 #d4a017; }
    mark.disputed { background: #fbd9d6; box-shadow: inset 0 -2px 0 var(--disputed); }
    mark.unreviewed { background: none; border-bottom: 1px dotted var(--unreviewed); }
    mark.conflict { outline: 2px dashed var(--conflict); outline-offset: 1px; }
    mark:hover { filter: brightness(.93); }
    sup.ref { font: 600 .7rem/1 system-ui, sans-serif; margin-left: .1rem; }
    sup.ref a { text-decoration: none; color: var(--muted); }
    aside.notes ol { list-style: none; margin: 0; padding: 0; }
    .note { border-left: 4px solid var(--rule); padding: .35rem .7rem; margin: 0 0 .7rem; font-size: .88rem;
      break-inside: avoid; }
    .note.verified { border-color: var(--verified); }
    .note.unverified { border-color: #d4a017; }
    .note.disputed { border-color: var(--disputed); }
    .note.conflict, .note.orphaned, .note.changed { border-color: var(--conflict); }
    .note:target { background: #f6f8fa; }
    .note .head { display: flex; gap: .5rem; align-items: baseline; }
    .note .num { font-weight: 700; }
    .note q { display: block; margin: .2rem 0; font-style: italic; quotes: none; }
    .note dl { margin: .2rem 0 0; display: grid; grid-template-columns: auto 1fr; gap: .1rem .5rem; }
    .note dt { color: var(--muted); }
    .note dd { margin: 0; overflow-wrap: anywhere; }
    .note ul { margin: 0; padding-left: 1rem; }
    .tag { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
    .dismissed { font-size: .85rem; color: var(--muted); }
    @media (max-width: 60rem) { .columns { grid-template-columns: 1fr; } }
    @media print {
      @page { size: A4; margin: 14mm 12mm; }
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      section.article { break-before: page; border-top: none; margin-top: 0; }
      .columns { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6mm; }
      .text { font-size: 9.5pt; line-height: 1.45; }
      .note { font-size: 8pt; line-height: 1.35; padding: .15rem .5rem; margin-bottom: .4rem; }
      .note q { display: none; }
      .note.orphaned q { display: block; }
      table { font-size: 8.5pt; }
      tr, .note, .progress { break-inside: avoid; }
      a { text-decoration: none; }
      mark:hover { filter: none; }
    }
    """
}
