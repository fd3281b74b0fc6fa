import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("Two shells at once, and git under an open shell")
struct ConcurrencyTests {
  static let file = "001_fixture.txt"
  static let annotation = "annotations/001_fixture.json"

  /// Claim numbers by the words their text contains, as the binary numbers them.
  private func numbers(in workspace: TemporaryWorkspace, _ words: [String]) throws -> [Int] {
    let bench = Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: "x")
    let claims = try bench.review(Self.file).claims
    return try words.map { word in try #require(claims.first { $0.text.contains(word) }).number }
  }

  private func stored(_ workspace: TemporaryWorkspace) throws -> ArticleAnnotations {
    try AnnotationCodec.decode(Array(try #require(workspace.read(Self.annotation)).utf8), file: "x")
  }

  private func claim(_ words: String, in annotations: ArticleAnnotations) -> ClaimAnnotation? {
    annotations.claims.first { $0.anchor.quote.contains(words) }
  }

  @Test("two real shells on one article: different claims merge, the same claim is kept both ways")
  func twoShells() throws {
    let workspace = try TemporaryWorkspace(articles: [Self.file: Fixtures.article])
    let numbers = try numbers(in: workspace, ["41 million", "12,000 homes", "insurance premiums"])
    let (cost, homes, mayor) = (numbers[0], numbers[1], numbers[2])
    let ada = try RunningShell(in: workspace.root, environment: ["FACTCHECK_REVIEWER": "Ada"])
    let bo = try RunningShell(in: workspace.root, environment: ["FACTCHECK_REVIEWER": "Bo"])
    #expect(ada.run("open 1", expecting: "001_fixture.txt"))
    #expect(bo.run("open 1", expecting: "001_fixture.txt"))
    #expect(ada.run("verify \(cost) budget papers", expecting: "— budget papers"))
    #expect(bo.run("dispute \(homes) the survey counts 9,000", expecting: "— the survey counts 9,000"))
    #expect(bo.stderr.contains("note: 001_fixture's annotations changed on disk (another shell, or git); reloaded"))
    #expect(ada.run("verify \(mayor) actuary agrees", expecting: "— actuary agrees"))
    #expect(bo.run("dispute \(mayor) no source", expecting: "— no source"))
    #expect(bo.wait(for: "conflicting claim kept both ways"))
    #expect(ada.run("show \(mayor)", expecting: "conflict"))
    #expect(ada.finish() == 0)
    #expect(bo.finish() == 0)
    let saved = try stored(workspace)
    #expect(claim("41 million", in: saved)?.review.status == .verified)
    #expect(claim("41 million", in: saved)?.review.reviewer == "Ada")
    #expect(claim("12,000 homes", in: saved)?.review.status == .disputed)
    #expect(claim("12,000 homes", in: saved)?.review.reviewer == "Bo")
    let conflicted = try #require(claim("insurance premiums", in: saved))
    #expect(conflicted.review.status == .disputed && conflicted.review.note == "no source")
    #expect(conflicted.review.conflict?.theirs.status == .verified)
    #expect(conflicted.review.conflict?.theirs.note == "actuary agrees")
  }

  /// Runs git in `directory`; returns its output, recording an issue when it fails.
  @discardableResult
  private func git(_ arguments: [String], in directory: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@localhost"] + arguments
    process.currentDirectoryURL = directory
    process.environment = Binary.environment(home: directory)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(text)")
    return text
  }

  @Test("git checkout rewrites the article and its annotations under an open shell: noticed, merged, nothing lost")
  func gitCheckoutUnderOpenShell() throws {
    let workspace = try TemporaryWorkspace(articles: [Self.file: Fixtures.article])
    let root = workspace.root
    let numbers = try numbers(in: workspace, ["41 million", "12,000 homes", "insurance premiums"])
    try git(["init", "-q", "-b", "main"], in: root)
    try git(["add", "-A"], in: root)
    try git(["commit", "-q", "-m", "articles"], in: root)
    // On a branch, someone inserts a paragraph and disputes one claim.
    try git(["checkout", "-q", "-b", "desk"], in: root)
    try workspace.write("seeds/\(Self.file)", "Correction appended on Friday.\n\n" + Fixtures.article)
    let edited = try self.numbers(in: workspace, ["12,000 homes", "insurance premiums"])
    #expect(try Binary.run(["-c", "open 1; dispute \(edited[0]) desk check"], in: root).status == 0)
    try git(["add", "-A"], in: root)
    try git(["commit", "-q", "-m", "desk review"], in: root)
    try git(["checkout", "-q", "main"], in: root)

    let shell = try RunningShell(in: root)
    #expect(shell.run("open 1", expecting: "001_fixture.txt"))
    #expect(shell.run("verify \(numbers[0]) checked", expecting: "— checked"))
    try git(["add", "-A"], in: root)
    try git(["commit", "-q", "-m", "main review"], in: root)
    try git(["checkout", "-q", "desk"], in: root)
    #expect(shell.run("verify \(edited[1]) from the shell", expecting: "— from the shell"))
    #expect(
      shell.stderr.contains("note: 001_fixture's article changed on disk; its reviewed claims were looked for again"))
    #expect(shell.finish() == 0, "\(shell.stderr)")

    let saved = try stored(workspace)
    #expect(claim("12,000 homes", in: saved)?.review.note == "desk check")
    #expect(claim("insurance premiums", in: saved)?.review.note == "from the shell")
    #expect(claim("41 million", in: saved) == nil, "a verdict of another branch must not leak into this one")
    let main = try git(["show", "main:\(Self.annotation)"], in: root)
    #expect(main.contains("\"note\": \"checked\""))
  }
}
