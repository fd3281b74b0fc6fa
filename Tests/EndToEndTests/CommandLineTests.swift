import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("factcheck command line")
struct CommandLineTests {
  @Test("the demo review script reproduces the shipped annotations byte for byte")
  func demoReviewReproducesAnnotations() throws {
    let workspace = try TemporaryWorkspace()
    let script = try String(
      contentsOf: Repository.docs.appendingPathComponent("demo/review-seeds.factcheck"), encoding: .utf8)
    let result = try Binary.run([], in: workspace.root, input: script)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let shipped = Repository.annotationFiles
    #expect(workspace.annotationFiles == shipped)
    for name in shipped {
      let expected = try String(contentsOf: Repository.annotations.appendingPathComponent(name), encoding: .utf8)
      #expect(workspace.read("annotations/\(name)") == expected, "\(name) differs from the shipped file")
    }
  }

  @Test("a scripted session writes exactly the expected JSON")
  func exactJSON() throws {
    let workspace = try TemporaryWorkspace()
    let result = try Binary.run([], in: workspace.root, input: "open 003\ndispute 15 only one side's count\n")
    #expect(result.status == 0)
    #expect(
      result.stdout.hasSuffix(
        "15 ✗ disputed \"At least one person died and four were injured.\" — only one side's count\n"))
    let expected = """
      {
        "article": {
          "file": "003_f4afcee358305d77.txt",
          "sha256": "\(Article.sha256(of: Repository.seedBytes("003_f4afcee358305d77.txt")))"
        },
        "claims": [
          {
            "anchor": {
              "end": 2401,
              "prefix": "r the city to evacuate people.\\u201D ",
              "quote": "At least one person died and four were injured.",
              "start": 2354,
              "suffix": "\\n\\nOfficially, the Russian govern"
            },
            "caveats": [],
            "dismissed": false,
            "evidence": [],
            "id": "d49073abcbc1",
            "note": "only one side's count",
            "origin": "extracted",
            "reviewer": "factcheck demo",
            "status": "disputed",
            "updated": "2026-11-21T00:00:00Z"
          }
        ],
        "format": "factcheck-annotations/1"
      }

      """.replacingOccurrences(of: "\\u201D", with: "\u{201D}")
    #expect(workspace.read("annotations/003_f4afcee358305d77.json") == expected)
  }

  @Test("a script with a failing line exits 1 and names the line; other lines still run")
  func failingScript() throws {
    let workspace = try TemporaryWorkspace()
    let result = try Binary.run([], in: workspace.root, input: "open 1\nverify 300\nverify 2\n")
    #expect(result.status == 1)
    #expect(result.stderr == "error: line 2: no claim 300 (claims are 1–17)\n")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(workspace.annotationFiles == ["001_154fe191a45418ec.json"])
  }

  @Test("-c runs commands separated by semicolons and exits")
  func commandOption() throws {
    let workspace = try TemporaryWorkspace()
    let ok = try Binary.run(["-c", "open 001; verify 3 matches the MoD statement"], in: workspace.root)
    #expect(ok.status == 0, "\(ok.stderr)")
    let stored = try AnnotationCodec.decode(
      Array(try #require(workspace.read("annotations/001_154fe191a45418ec.json")).utf8), file: "x")
    #expect(stored.claims.first?.review.note == "matches the MoD statement")
    let failed = try Binary.run(["-c", "open 001; verify nine; progress"], in: workspace.root)
    #expect(failed.status == 1)
    #expect(failed.stderr.hasPrefix("error: command 2: "))
    #expect(failed.stdout.contains("total"))
  }

  @Test("extract prints claims with ids, numbers and code point spans as JSON")
  func extractJSON() throws {
    let file = Repository.seeds.appendingPathComponent("001_154fe191a45418ec.txt").path
    let result = try Binary.run(["extract", "--json", file], in: Repository.root)
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let article = try #require((json["articles"] as? [[String: Any]])?.first)
    let claims = try #require(article["claims"] as? [[String: Any]])
    #expect(claims.count == 17)
    let text = ArticleText(String(decoding: Repository.seedBytes("001_154fe191a45418ec.txt"), as: UTF8.self))
    for (offset, claim) in claims.enumerated() {
      #expect(claim["number"] as? Int == offset + 1)
      let span = try #require(claim["span"] as? [String: Int])
      let quote = text[TextSpan(start: span["start"] ?? 0, end: span["end"] ?? 0)]
      #expect(ClaimExtractor.displayText(quote) == claim["text"] as? String)
    }
    #expect(claims[15]["id"] as? String == (claims[14]["id"] as? String).map { $0 + "-2" })  // The caption, twice.
    #expect(claims[16]["kind"] as? String == "photo-credit")
    #expect(claims[10]["kind"] as? String == "numeric")
    #expect((claims[3]["source"] as? [String: Any])?["text"] as? String == "the wife of a Russian soldier")
    let caveats = try #require(article["caveats"] as? [[String: Any]])
    #expect(caveats.contains { $0["cue"] as? String == "could not independently verify" })
    let missing = try Binary.run(["extract", "nope.txt"], in: Repository.root)
    #expect(missing.status == 1)
    #expect(missing.stderr == "error: cannot read nope.txt: no such file or not readable\n")
  }

  @Test("status prints progress per article and in total, as text and JSON")
  func status() throws {
    let workspace = try TemporaryWorkspace()
    _ = try Binary.run(["-c", "open 2; verify 1; dispute 11; dismiss 16"], in: workspace.root)
    let text = try Binary.run(["status"], in: workspace.root)
    #expect(text.status == 0)
    #expect(
      text.stdout.contains("002_826b06bc2df8a369  2/16 reviewed  verified 1  unverified 0  disputed 1  dismissed 1\n"))
    #expect(
      text.stdout.hasSuffix("total                 2/91 reviewed  verified 1  unverified 0  disputed 1  dismissed 1\n")
    )
    let json = try Binary.run(["status", "--json"], in: workspace.root)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let total = try #require(object["total"] as? [String: Int])
    #expect(total["reviewed"] == 2)
    #expect(total["claims"] == 91)
    #expect(total["disputed"] == 1)
    #expect(total["changed"] == 0)
    #expect((object["articles"] as? [Any])?.count == 5)
    // The disputed claim's words edited: its verdict is counted as given to words that have changed.
    let article = workspace.root.appendingPathComponent("seeds/002_826b06bc2df8a369.txt")
    let edited = try String(contentsOf: article, encoding: .utf8)
      .replacingOccurrences(of: "personnel have been injured", with: "personnel have been wounded")
    try edited.write(to: article, atomically: true, encoding: .utf8)
    let changed = try Binary.run(["status"], in: workspace.root)
    #expect(changed.stdout.contains("dismissed 1  changed since the verdict 1\n"), "\(changed.stdout)")
    let changedJSON = try Binary.run(["status", "--json"], in: workspace.root)
    let changedObject = try JSONSerialization.jsonObject(with: Data(changedJSON.stdout.utf8)) as? [String: Any]
    #expect((changedObject?["total"] as? [String: Int])?["changed"] == 1)
  }

  @Test("every command answers --help")
  func help() throws {
    for arguments in [["--help"], ["shell", "--help"], ["extract", "--help"], ["status", "--help"]] {
      let result = try Binary.run(arguments, in: Repository.root)
      #expect(result.status == 0)
      #expect(result.stdout.contains("USAGE: factcheck"), "\(arguments)")
    }
  }

  @Test("outside any workspace the error says what to do")
  func noWorkspace() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let result = try Binary.run(["status"], in: empty)
    #expect(result.status == 1)
    #expect(result.stderr == "error: no workspace: no seeds/ folder in \(empty.path) or above (use --articles DIR)\n")
  }

  @Test("a damaged annotation file is reported with file, line and column, and left untouched")
  func damagedFile() throws {
    let workspace = try TemporaryWorkspace()
    let damaged =
      "{\n  \"format\": \"factcheck-annotations/1\",\n  \"article\": {\"file\": \"x\", \"sha256\": \"\"},\n  \"claims\": []\n}\n"
    try workspace.write("annotations/001_154fe191a45418ec.json", damaged)
    let result = try Binary.run([], in: workspace.root, input: "open 1\nverify 1\n")
    #expect(result.status == 1)
    #expect(
      result.stderr.hasPrefix(
        "note: opened read-only: annotations/001_154fe191a45418ec.json:3:38: article.sha256: "
          + "expected 64 lowercase hex digits"))
    #expect(
      result.stderr.contains(
        "error: line 2: 001_154fe191a45418ec is read-only: annotations/001_154fe191a45418ec.json:3:38 "
          + "cannot be used\n"))
    #expect(workspace.read("annotations/001_154fe191a45418ec.json") == damaged)
  }

  @Test("NO_COLOR and pipes get no escape sequences")
  func noColour() throws {
    let workspace = try TemporaryWorkspace()
    let result = try Binary.run(["-c", "open 1; show 3; bogus"], in: workspace.root, environment: ["NO_COLOR": "1"])
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(result.stdout.contains("»However, the KAMAZ trucks"))
  }

  @Test("segment prints one sentence per line, or JSON with code point spans and roles")
  func segment() throws {
    let file = Repository.seeds.appendingPathComponent("003_f4afcee358305d77.txt").path
    let lines = try Binary.run(["segment", file], in: Repository.root)
    #expect(lines.status == 0, "\(lines.stderr)")
    #expect(
      lines.stdout.contains(
        "\nOfficially, the Russian government says it has already completed the first phase of its “special "
          + "operation”, which provided for the reduction of the defense capacity of the Ukrainian Armed Forces, "
          + "and which will now focus in its priority objective: the “liberation” of the Donbass, where the "
          + "separatist regions of Donetsk and Lugansk.\n"))
    let json = try Binary.run(["segment", "--json", "--plain", "-"], in: Repository.root, input: "Hi there. I'm Ann.")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let sentences = try #require(object["sentences"] as? [[String: Any]])
    #expect(sentences.map { $0["text"] as? String } == ["Hi there.", "I'm Ann."])
    #expect(sentences.map { $0["start"] as? Int } == [0, 10])
    #expect(sentences.map { $0["end"] as? Int } == [9, 18])
  }

  @Test("score prints one check-worthiness score per input line")
  func score() throws {
    let input = "(Applause.)\nUnemployment fell to 3.5 percent, the lowest rate in 50 years.\nThank you.\n"
    let result = try Binary.run(["score", "--kind"], in: Repository.root, input: input)
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.count == 3)
    #expect(rows[0] == ["0.000", "metadata"])
    #expect(rows[1].last == "numeric")
    let scores = rows.compactMap { Double($0[0]) }
    #expect(scores[1] > 0.5 && scores[1] > scores[2] && scores[2] > scores[0])
  }
}
