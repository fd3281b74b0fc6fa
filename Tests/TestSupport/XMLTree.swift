import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An HTML page read as XML: it must be well formed, and its elements can be searched with text and attributes
/// decoded, so a test sees what a browser would show.
public final class XMLTree: @unchecked Sendable {
  /// One element.
  public final class Element: @unchecked Sendable {
    /// The tag name.
    public let name: String
    /// The attributes, decoded.
    public let attributes: [String: String]
    /// The child elements, in order.
    public var children: [Element] = []
    /// Text and elements in order: the text of a child element is inside it.
    fileprivate var pieces: [Piece] = []

    fileprivate enum Piece {
      case text(String)
      case element(Element)
    }

    init(name: String, attributes: [String: String]) {
      self.name = name
      self.attributes = attributes
    }

    /// The text inside the element, decoded, its descendants' included.
    public var text: String {
      pieces.map { piece in
        switch piece {
        case .text(let text): text
        case .element(let element): element.text
        }
      }.joined()
    }

    /// Every descendant (and the element itself) named `name`, in document order.
    public func all(_ name: String) -> [Element] {
      (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// The class names.
    public var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
  }

  /// The root element.
  public let root: Element

  /// Why a page is not well formed.
  public struct Malformed: Error, CustomStringConvertible {
    public var description: String
  }

  /// Parses `text`; throws if it is not well-formed XML.
  public init(_ text: String) throws {
    let delegate = Builder()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = delegate
    // corelibs' parser can report success and still record an error.
    guard parser.parse(), parser.parserError == nil, let root = delegate.root else {
      throw Malformed(description: parser.parserError.map { "\($0)" } ?? "no root element")
    }
    self.root = root
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: Element?
    var stack: [Element] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      let element = Element(name: name, attributes: attributes)
      if let parent = stack.last {
        parent.children.append(element)
        parent.pieces.append(.element(element))
      } else {
        root = element
      }
      stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.pieces.append(.text(string))
    }
  }
}
