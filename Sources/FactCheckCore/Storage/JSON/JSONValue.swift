/// A JSON value as parsed from or written to an annotation file.
///
/// Objects keep their members in a dictionary; the writer sorts keys, so the
/// same value always serialises to the same bytes.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([String: JSONNode])

  /// A short name of the value's type for error messages.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// A JSON value with the 1-based line and column where it starts in its source.
public struct JSONNode: Sendable, Hashable {
  /// The value.
  public var value: JSONValue
  /// Where the value starts in the source text; `nil` for values built in code.
  public var position: SourcePosition?

  /// Creates a node.
  public init(_ value: JSONValue, at position: SourcePosition? = nil) {
    self.value = value
    self.position = position
  }
}

/// A 1-based line and column in a source file (columns count code points).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in code points.
  public var column: Int

  /// Creates a position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}
