import Foundation

/// The sentences and labels of one training file, in either of the two layouts of `Training/data`.
///
/// - CheckThat! (CLEF 2019–2020): no header; `line<TAB>speaker<TAB>sentence<TAB>label`, label 0 or 1.
/// - ClaimRank (Gencheva et al. 2017): a header `ID<TAB>Speaker<TAB>ALL<TAB>CT<TAB>…<TAB>Text`; one column per
///   fact-checking organisation holding 1 when it checked the sentence, and the sentence last, quoted the way
///   spreadsheets quote (`"…""word""…"`) when it holds a double quote. A sentence is chosen when the column
///   named by `labelColumn` is above 0.
struct TranscriptFile {
  /// One sentence and whether it was chosen.
  struct Row {
    var sentence: String
    var positive: Bool
  }

  /// The ClaimRank column that labels a sentence by default: PolitiFact's, the organisation whose choices
  /// label the CheckThat! transcripts.
  static let defaultLabelColumn = "PF"

  /// The file name without `.tsv`.
  var name: String
  /// The rows, in document order.
  var rows: [Row]

  /// Every `*.tsv` file in `folder`, sorted by name.
  static func load(_ folder: URL, labelColumn: String = defaultLabelColumn) throws -> [TranscriptFile] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
      throw TrainingData.ReadError(file: folder.path, line: 0, message: "no such folder")
    }
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
      .map { file in
        let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
        return try TranscriptFile(parsing: text, name: file, labelColumn: labelColumn)
      }
  }

  /// Parses `text`, the contents of the file `name` (for error positions).
  init(parsing text: String, name: String, labelColumn: String = defaultLabelColumn) throws {
    self.name = name.hasSuffix(".tsv") ? String(name.dropLast(4)) : name
    // "\r\n" is one Character in Swift, so it is a separator of its own.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    rows = []
    guard let first = lines.first.map({ $0.hasPrefix("\u{FEFF}") ? $0.dropFirst() : $0 }),
      first.hasPrefix("ID\tSpeaker\t")
    else {
      for (offset, line) in lines.enumerated() where !line.isEmpty {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[3] == "0" || fields[3] == "1" else {
          throw TrainingData.ReadError(
            file: name, line: offset + 1, message: "expected line, speaker, sentence and label 0 or 1")
        }
        rows.append(Row(sentence: String(fields[2]), positive: fields[3] == "1"))
      }
      return
    }
    let header = first.split(separator: "\t", omittingEmptySubsequences: false)
    guard header.last == "Text", let label = header.firstIndex(of: Substring(labelColumn)),
      !["ID", "Speaker", "Text"].contains(labelColumn)
    else {
      throw TrainingData.ReadError(
        file: name, line: 1,
        message: "expected a header with an organisation's column '\(labelColumn)', and 'Text' last")
    }
    for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == header.count, let count = Int(fields[label]), count >= 0 else {
        throw TrainingData.ReadError(
          file: name, line: offset + 1, message: "expected \(header.count) fields and a count under '\(labelColumn)'")
      }
      rows.append(Row(sentence: Self.unquoted(fields[fields.count - 1]), positive: count > 0))
    }
  }

  /// The text of a spreadsheet field: `"say ""yes"""` is `say "yes"`; a field not in quotes stays as it is.
  static func unquoted(_ field: Substring) -> String {
    guard field.count >= 2, field.first == "\"", field.last == "\"" else { return String(field) }
    return field.dropFirst().dropLast().replacingOccurrences(of: "\"\"", with: "\"")
  }
}
