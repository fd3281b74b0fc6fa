import Foundation
import Testing

@testable import factcheck_train

@Suite("Reading labelled transcripts")
struct TranscriptFileTests {
  @Test("a CheckThat! file: line, speaker, sentence, label")
  func checkThat() throws {
    let text = "1\tTRUMP\tThank you.\t0\n2\tTRUMP\tWe created 2 million jobs.\t1\n\n"
    let file = try TranscriptFile(parsing: text, name: "20170101_speech.tsv")
    #expect(file.name == "20170101_speech")
    #expect(file.rows.map(\.sentence) == ["Thank you.", "We created 2 million jobs."])
    #expect(file.rows.map(\.positive) == [false, true])
  }

  @Test("a CheckThat! line with a bad label is an error at its line")
  func checkThatError() {
    let text = "1\tTRUMP\tThank you.\t0\n2\tTRUMP\tWe created jobs.\tyes\n"
    #expect {
      try TranscriptFile(parsing: text, name: "bad.tsv")
    } throws: { error in
      (error as? TrainingData.ReadError).map { $0.file == "bad.tsv" && $0.line == 2 } ?? false
    }
  }

  private static let claimRank = """
    ID\tSpeaker\tALL\tCT\tPF\tText
    0\tTRUMP\t0\t0\t0\tThank you.
    1\tTRUMP\t2\t1\t1\tHomicides increased by 17 percent.
    2\tTRUMP\t1\t1\t0\t"The FBI said she was ""extremely careless"" with secrets."
    3\t\t0\t0\t0\tNo speaker here.\r

    """

  @Test("a ClaimRank file: a header, one column per organisation, PolitiFact's by default")
  func claimRank() throws {
    let file = try TranscriptFile(parsing: Self.claimRank, name: "acceptance.tsv")
    #expect(file.rows.count == 4)
    #expect(file.rows.map(\.positive) == [false, true, false, false])
    #expect(file.rows[2].sentence == "The FBI said she was \"extremely careless\" with secrets.")
    #expect(file.rows[3].sentence == "No speaker here.")
  }

  @Test("another organisation's column, or all of them, can label a ClaimRank file")
  func claimRankColumn() throws {
    let all = try TranscriptFile(parsing: Self.claimRank, name: "acceptance.tsv", labelColumn: "ALL")
    #expect(all.rows.map(\.positive) == [false, true, true, false])
    #expect {
      try TranscriptFile(parsing: Self.claimRank, name: "acceptance.tsv", labelColumn: "NYT")
    } throws: { error in
      (error as? TrainingData.ReadError).map { $0.line == 1 && $0.message.contains("'NYT'") } ?? false
    }
  }

  @Test("a byte-order mark before a ClaimRank header is skipped; ID, Speaker and Text cannot label")
  func claimRankHeader() throws {
    let file = try TranscriptFile(parsing: "\u{FEFF}" + Self.claimRank, name: "bom.tsv")
    #expect(file.rows.map(\.positive) == [false, true, false, false])
    for column in ["ID", "Speaker", "Text"] {
      #expect {
        try TranscriptFile(parsing: Self.claimRank, name: "acceptance.tsv", labelColumn: column)
      } throws: { error in
        (error as? TrainingData.ReadError).map { $0.line == 1 } ?? false
      }
    }
  }

  @Test("a ClaimRank row with a missing field or a count that is not a number is an error at its line")
  func claimRankErrors() {
    for row in ["1\tTRUMP\t1\t1\tHomicides rose.", "1\tTRUMP\t1\t1\tmany\tHomicides rose."] {
      #expect {
        try TranscriptFile(parsing: "ID\tSpeaker\tALL\tCT\tPF\tText\n" + row + "\n", name: "bad.tsv")
      } throws: { error in
        (error as? TrainingData.ReadError).map { $0.line == 2 } ?? false
      }
    }
  }

  @Test("spreadsheet quoting is undone only around a whole field")
  func unquoting() {
    #expect(TranscriptFile.unquoted("\"say \"\"yes\"\"\"") == "say \"yes\"")
    #expect(TranscriptFile.unquoted("He said \"no\".") == "He said \"no\".")
    #expect(TranscriptFile.unquoted("\"") == "\"")
  }

  @Test("a folder is read in file-name order, other files ignored")
  func folder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transcripts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "1\tA\tOne.\t1\n".write(to: folder.appendingPathComponent("b.tsv"), atomically: true, encoding: .utf8)
    try Self.claimRank.write(to: folder.appendingPathComponent("a.tsv"), atomically: true, encoding: .utf8)
    try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    let files = try TranscriptFile.load(folder)
    #expect(files.map(\.name) == ["a", "b"])
    #expect(files.map(\.rows.count) == [4, 1])
  }
}
