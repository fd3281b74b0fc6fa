import Foundation

/// A JSON Schema (draft 2020-12) validator for the keywords our schema uses.
///
/// Supports `type`, `const`, `enum`, `required`, `properties`,
/// `additionalProperties`, `unevaluatedProperties`, `allOf`, `$ref` to local
/// `$defs`, `items`, `pattern`, `minLength` and `minimum`. An unsupported
/// keyword is reported as an error rather than ignored, so the schema cannot
/// silently outgrow the validator.
public struct SchemaValidator {
  private let root: [String: Any]
  private static let known: Set<String> = [
    "$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
    "additionalProperties", "unevaluatedProperties", "allOf", "$ref", "items", "pattern", "minLength", "minimum",
  ]

  /// Loads a schema from a file.
  public init(contentsOf url: URL) throws {
    let data = try Data(contentsOf: url)
    guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw ValidationError(path: "", message: "schema is not an object")
    }
    self.root = root
  }

  /// A value that does not satisfy the schema.
  public struct ValidationError: Error, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path.isEmpty ? "/" : path): \(message)" }
  }

  /// All violations of the schema by the JSON document `data`.
  public func violations(of data: Data) throws -> [ValidationError] {
    let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    var errors: [ValidationError] = []
    _ = validate(value, against: root, path: "", errors: &errors)
    return errors
  }

  /// Validates `value`; returns the property names evaluated (for `unevaluatedProperties`).
  private func validate(_ value: Any, against schema: [String: Any], path: String, errors: inout [ValidationError])
    -> Set<String>
  {
    for key in schema.keys where !Self.known.contains(key) {
      errors.append(ValidationError(path: path, message: "schema keyword '\(key)' is not supported by the validator"))
    }
    var evaluated: Set<String> = []
    if let reference = schema["$ref"] as? String {
      guard let target = resolve(reference) else {
        errors.append(ValidationError(path: path, message: "unresolvable $ref \(reference)"))
        return evaluated
      }
      evaluated.formUnion(validate(value, against: target, path: path, errors: &errors))
    }
    for subschema in schema["allOf"] as? [[String: Any]] ?? [] {
      evaluated.formUnion(validate(value, against: subschema, path: path, errors: &errors))
    }
    if let type = schema["type"] as? String, !Self.matches(value, type: type) {
      errors.append(ValidationError(path: path, message: "expected \(type)"))
      return evaluated
    }
    if let constant = schema["const"], !Self.equal(value, constant) {
      errors.append(ValidationError(path: path, message: "expected \(constant)"))
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal(value, $0) }) {
      errors.append(ValidationError(path: path, message: "\(value) is not one of \(options)"))
    }
    if let string = value as? String {
      if let minimum = schema["minLength"] as? Int, string.unicodeScalars.count < minimum {
        errors.append(ValidationError(path: path, message: "shorter than \(minimum)"))
      }
      if let pattern = schema["pattern"] as? String {
        let regex = try? NSRegularExpression(pattern: pattern)
        let range = NSRange(string.startIndex..., in: string)
        if regex?.firstMatch(in: string, range: range) == nil {
          errors.append(ValidationError(path: path, message: "does not match \(pattern)"))
        }
      }
    }
    if let number = value as? NSNumber, !(value is Bool), let minimum = schema["minimum"] as? Double,
      number.doubleValue < minimum
    {
      errors.append(ValidationError(path: path, message: "less than \(minimum)"))
    }
    if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, element) in array.enumerated() {
        _ = validate(element, against: items, path: "\(path)/\(index)", errors: &errors)
      }
    }
    guard let object = value as? [String: Any] else { return evaluated }
    for name in schema["required"] as? [String] ?? [] where object[name] == nil {
      errors.append(ValidationError(path: path, message: "missing required property '\(name)'"))
    }
    let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
    for (name, subschema) in properties {
      guard let member = object[name] else { continue }
      _ = validate(member, against: subschema, path: "\(path)/\(name)", errors: &errors)
      evaluated.insert(name)
    }
    if schema["additionalProperties"] as? Bool == false {
      for name in object.keys where properties[name] == nil {
        errors.append(ValidationError(path: path, message: "unexpected property '\(name)'"))
      }
      evaluated.formUnion(object.keys)
    }
    if schema["unevaluatedProperties"] as? Bool == false {
      for name in object.keys where !evaluated.contains(name) {
        errors.append(ValidationError(path: path, message: "unevaluated property '\(name)'"))
      }
      evaluated.formUnion(object.keys)
    }
    return evaluated
  }

  private func resolve(_ reference: String) -> [String: Any]? {
    guard reference.hasPrefix("#/") else { return nil }
    var node: Any = root
    for part in reference.dropFirst(2).split(separator: "/") {
      guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
      node = next
    }
    return node as? [String: Any]
  }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "object": value is [String: Any]
    case "array": value is [Any]
    case "string": value is String
    case "boolean": isBool(value)
    case "integer":
      if let number = value as? NSNumber, !isBool(value) {
        number.doubleValue.rounded() == number.doubleValue
      } else {
        false
      }
    case "number": value is NSNumber && !isBool(value)
    case "null": value is NSNull
    default: false
    }
  }

  private static func isBool(_ value: Any) -> Bool {
    // JSONSerialization gives booleans as NSNumber with the objCType of `char`.
    guard let number = value as? NSNumber else { return false }
    return String(cString: number.objCType) == "c"
  }

  private static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
    switch (lhs, rhs) {
    case (let left as String, let right as String): left == right
    case (let left as NSNumber, let right as NSNumber): isBool(left) == isBool(right) && left == right
    default: false
    }
  }
}
