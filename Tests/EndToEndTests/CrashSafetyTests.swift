import FactCheckCore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Crash safety: kill -9 at any moment", .serialized)
struct CrashSafetyTests {
  static let file = "001_crash.txt"
  static let annotationName = "001_crash.json"
  static let statuses = ["verified", "unverified", "disputed"]

  /// An article of 48 short factual sentences in 8 paragraphs.
  static let article: String = {
    var text = "Crash test article\n\n"
    for paragraph in 0..<8 {
      text +=
        (0..<6).map { "Gauge \(paragraph * 6 + $0) on the river read \(100 + paragraph * 6 + $0) centimetres." }
        .joined(separator: " ") + "\n\n"
    }
    return text
  }()

  /// A caveat long enough to make every save write a few hundred kilobytes.
  static func longCaveat(_ number: Int) -> String {
    "setup caveat \(number): " + String(repeating: "the gauge was recalibrated in spring; ", count: 100) + "end"
  }

  /// One verdict command sent during a run, and what it would store.
  struct Command {
    var claim: Int
    var status: String
    var token: String
  }

  /// The claim ids by number, as the binary numbers them (the same library, run in the test).
  private func ids(in workspace: TemporaryWorkspace) throws -> [Int: String] {
    let bench = Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: "x")
    let claims = try bench.review(Self.file).claims
    return Dictionary(uniqueKeysWithValues: claims.map { ($0.number, $0.id) })
  }

  private func temporaries(in workspace: TemporaryWorkspace) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: workspace.annotations.path)) ?? []).filter {
      $0.hasPrefix(".") && $0.hasSuffix(".tmp")
    }
  }

  @Test("every kill leaves a file that parses, holding every acknowledged verdict; temporaries are cleaned up")
  func killMidWrite() throws {
    let workspace = try TemporaryWorkspace(articles: [Self.file: Self.article])
    let ids = try ids(in: workspace)
    let count = ids.count
    try #require(count >= 24)
    // Setup: a long caveat on every claim, saved normally.
    let setup = try RunningShell(in: workspace.root)
    setup.send("open 1")
    for number in 1...count { setup.send("caveat \(number) \(Self.longCaveat(number))") }
    #expect(setup.finish() == 0, "\(setup.stderr)")
    let setupSize = try Data(contentsOf: workspace.annotations.appendingPathComponent(Self.annotationName)).count
    #expect(setupSize > 100_000)

    var latest: [String: (status: String, token: String)] = [:]
    var midWrite = 0
    var acknowledged = 0
    var expectedAcknowledgements = 0
    let runs = 40
    for run in 0..<runs {
      let shell = try RunningShell(in: workspace.root)
      shell.send("open 1")
      var commands: [Command] = []
      for sequence in 0..<150 {
        let command = Command(
          claim: (run * 7 + sequence * 5) % count + 1, status: Self.statuses[(run + sequence) % 3],
          token: "r\(run)s\(sequence)")
        commands.append(command)
        shell.send("mark \(command.claim) \(command.status) \(command.token)")
      }
      let deadline = Date().addingTimeInterval(30)
      if run % 2 == 0 {
        // Kill the moment a save's temporary file appears: in the middle of writing it.
        while temporaries(in: workspace).isEmpty, shell.process.isRunning, Date() < deadline { usleep(50) }
      } else {
        // Kill at a random moment of a save cycle after a few acknowledgements, whatever the machine's speed.
        let wanted = 2 + run % 10
        expectedAcknowledgements += wanted
        var first: Date?
        while true {
          let count = shell.stdout.components(separatedBy: "— r\(run)s").count - 1
          if count >= 1, first == nil { first = Date() }
          if count >= wanted || Date() > deadline { break }
          usleep(200)
        }
        let cycle = Date().timeIntervalSince(first ?? Date()) / Double(wanted - 1)
        usleep(UInt32(Double.random(in: 0...max(0.001, cycle)) * 1_000_000))
      }
      shell.killHard()
      if !temporaries(in: workspace).isEmpty { midWrite += 1 }

      // Which commands did the shell acknowledge? They ran in order, so a prefix of them.
      let output = shell.stdout
      let acked = commands.prefix { output.contains("— \($0.token) [") }
      #expect(
        commands.dropFirst(acked.count).allSatisfy { !output.contains("— \($0.token) [") },
        "acknowledgements out of order in run \(run)")
      acknowledged += acked.count
      for command in acked { latest[ids[command.claim] ?? ""] = (command.status, command.token) }
      let inFlight = commands.dropFirst(acked.count).first

      // The file parses, and holds every acknowledged verdict (or the one in flight) and every setup caveat.
      let url = workspace.annotations.appendingPathComponent(Self.annotationName)
      let bytes = Array(try Data(contentsOf: url))
      let stored: ArticleAnnotations
      do {
        stored = try AnnotationCodec.decode(bytes, file: Self.annotationName)
      } catch {
        Issue.record("run \(run): the file does not parse after kill -9: \(error)")
        return
      }
      #expect(stored.claims.count == count, "run \(run)")
      for claim in stored.claims {
        let number = ids.first { $0.value == claim.id }?.key ?? 0
        let intact = claim.review.caveats.map(\.text) == [Self.longCaveat(number)]
        #expect(intact, "run \(run), claim \(number): the setup caveat changed")
        let expected = latest[claim.id]
        let actual = (status: claim.review.status.rawValue, token: claim.review.note)
        if let inFlight, ids[inFlight.claim] == claim.id, actual.token == inFlight.token {
          #expect(actual.status == inFlight.status)
          latest[claim.id] = (inFlight.status, inFlight.token)  // It reached the disk: now it must stay.
        } else if let expected {
          #expect(actual.status == expected.status && actual.token == expected.token, "run \(run), claim \(number)")
        } else {
          #expect(claim.review.status == .unreviewed && claim.review.note.isEmpty, "run \(run), claim \(number)")
        }
      }
    }
    // Killed mid-write at least once (the temporary file was left behind), and the verdicts kept coming.
    #expect(midWrite > 0)
    #expect(acknowledged >= expectedAcknowledgements)
    // A later session removes the temporaries that killed sessions left, at its first save.
    let last = try RunningShell(in: workspace.root)
    last.send("open 1")
    last.send("mark 1 verified final")
    #expect(last.finish() == 0, "\(last.stderr)")
    #expect(temporaries(in: workspace).isEmpty)
    print("crash safety: \(runs) kills, \(midWrite) in the middle of a write, \(acknowledged) verdicts acknowledged")
  }
}
