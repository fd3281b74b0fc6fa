import Plot

/// Shorthands for building the report's body with Plot: elements with escaped attributes, and escaped text.
enum HTMLNode {
  /// A body node.
  typealias Body = Node<HTML.BodyContext>

  /// The element `name` with `attributes` (escaped, in the order given) and `children`.
  static func element(_ name: String, _ attributes: [(String, String)] = [], _ children: [Body] = []) -> Body {
    .element(named: name, nodes: attributes.map { HTMLText.attribute($0.0, $0.1) } + children)
  }

  /// Untrusted text, escaped (see `HTMLText`).
  static func text(_ text: String) -> Body { HTMLText.text(text) }

  /// A line break in the source, between block elements, so the file reads and diffs line by line.
  static var newline: Body { .raw("\n") }

  /// A link to a place in the page, or the label alone when there is none.
  static func link(_ label: String, anchor: String?) -> Body {
    guard let anchor else { return text(label) }
    return element("a", [("href", "#" + anchor)], [text(label)])
  }

  /// A web address as a link, other evidence as text.
  static func evidence(_ item: String) -> Body {
    ReportText.isWebAddress(item) ? element("a", [("href", item)], [text(item)]) : text(item)
  }

  /// A verdict chip: "✗ disputed" in its colour.
  static func chip(_ label: String, _ kind: String) -> Body {
    element("span", [("class", "chip " + kind)], [text(label)])
  }
}
