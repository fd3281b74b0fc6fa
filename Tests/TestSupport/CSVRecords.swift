/// Parses CSV as RFC 4180 defines it, to check what factcheck writes.
public enum CSVRecords {
  /// A text that is not valid RFC 4180.
  public struct Malformed: Error, CustomStringConvertible {
    public var description: String
  }

  /// The records of `text`: fields split by commas, records by CRLF, quoted fields with doubled quotes.
  public static func parse(_ text: String) throws -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"":
        guard field.isEmpty else { throw Malformed(description: "quote inside an unquoted field: \(field)") }
        quoted = true
      case ",":
        record.append(field)
        field = ""
      case "\r\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
      case "\n", "\r":
        throw Malformed(description: "a bare line break outside quotes after \(field)")
      default:
        field.append(character)
      }
    }
    guard !quoted else { throw Malformed(description: "unterminated quoted field") }
    guard field.isEmpty, record.isEmpty else { throw Malformed(description: "no CRLF after the last record") }
    return records
  }
}
