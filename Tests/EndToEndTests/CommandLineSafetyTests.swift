import Foundation
import TestSupport
import Testing

@Suite("The command-line tools never print control characters from files or arguments")
struct CommandLineSafetyTests {
  static let escape = "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}"

  private func unsafe(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        || (0x202A...0x202E).contains($0.value)
    }
  }

  @Test("errors, status and extract sanitise names, text and arguments")
  func sanitised() throws {
    let name = "001_\(Self.escape).txt"
    let workspace = try TemporaryWorkspace(articles: [name: "The \(Self.escape) claim was made on Monday.\n"])
    let missing = try Binary.run(["extract", "no\(Self.escape)file.txt"], in: workspace.root)
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("error: cannot read no^[[2J^[]0;pwned^G<U+202E>file.txt"))
    let extract = try Binary.run(["extract", "seeds/\(name)"], in: workspace.root)
    let status = try Binary.run(["status"], in: workspace.root)
    let script = try Binary.run(["-c", "open \(Self.escape)"], in: workspace.root)
    for result in [missing, extract, status, script] {
      #expect(!unsafe(result.stdout), "\(result.stdout)")
      #expect(!unsafe(result.stderr), "\(result.stderr)")
    }
    #expect(extract.stdout.contains("^[[2J"))
    #expect(status.stdout.contains("001_^[[2J"))
  }
}
