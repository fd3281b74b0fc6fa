import FactCheckCore
import Foundation
import TestSupport
import Testing

/// Several reviewers sharing a review through real git, with the drivers `factcheck init` installs.
@Suite("factcheck in git")
struct GitWorkflowTests {
  static let article = "001_154fe191a45418ec"

  /// A repository holding the seeds and `factcheck init`'s set-up, committed on `main`.
  private func repository() throws -> GitSandbox {
    let sandbox = try GitSandbox()
    let result = try factcheck(["init"], in: sandbox)
    #expect(result.status == 0, "\(result.stderr)")
    try sandbox.commitAll("seeds and factcheck init")
    return sandbox
  }

  /// Runs the built binary in the sandbox as `reviewer`, isolated from the machine's git configuration.
  private func factcheck(
    _ arguments: [String], in sandbox: GitSandbox, as reviewer: String = "Ada", input: String = ""
  ) throws -> Binary.Result {
    var environment = GitSandbox.environment
    environment["FACTCHECK_REVIEWER"] = reviewer
    return try Binary.run(arguments, in: sandbox.root, input: input, environment: environment)
  }

  /// The number and id of the claim of `name` whose text contains `fragment`, as the splitter numbers it now.
  private func claim(_ fragment: String, in name: String = article, sandbox: GitSandbox) throws -> (Int, String) {
    let bytes = Array(try Data(contentsOf: sandbox.workspace.seeds.appendingPathComponent(name + ".txt")))
    let review = ArticleReview(article: Article(fileName: name + ".txt", bytes: bytes), stored: nil)
    let found = try #require(review.claims.first { $0.text.contains(fragment) }, "no claim contains \(fragment)")
    return (found.number, found.id)
  }

  /// The first three words of the claim containing `fragment`, as quoted in messages.
  private func opening(_ fragment: String, sandbox: GitSandbox) throws -> String {
    let bytes = Array(try Data(contentsOf: sandbox.workspace.seeds.appendingPathComponent(Self.article + ".txt")))
    let review = ArticleReview(article: Article(fileName: Self.article + ".txt", bytes: bytes), stored: nil)
    let text = try #require(review.claims.first { $0.text.contains(fragment) }).text
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  private func stored(_ sandbox: GitSandbox, _ name: String = article) throws -> ArticleAnnotations {
    let text = try #require(sandbox.workspace.read("annotations/\(name).json"))
    return try AnnotationCodec.decode(Array(text.utf8), file: name)
  }

  @Test("init is idempotent and explains what it did")
  func initTwice() throws {
    let sandbox = try GitSandbox()
    let first = try factcheck(["init"], in: sandbox)
    #expect(first.status == 0)
    #expect(first.stdout.hasPrefix("git now diffs and merges annotations/*.json per claim"))
    #expect(
      first.stdout.contains(".gitattributes           added    annotations/*.json diff=factcheck merge=factcheck"))
    #expect(first.stdout.contains("Commit .gitattributes"))
    let driver = try #require(try sandbox.repository().localConfig("merge.factcheck.driver"))
    #expect(driver == ShellQuote.quote(Binary.url.path) + " merge-driver %O %A %B --path %P")
    let second = try factcheck(["init"], in: sandbox)
    #expect(second.status == 0)
    #expect(second.stdout.hasPrefix("already set up"))
    #expect(sandbox.workspace.read(".gitattributes") == "annotations/*.json diff=factcheck merge=factcheck\n")
    let outside = try TemporaryWorkspace(articles: ["001_a.txt": "A sentence.\n"])
    let refused = try Binary.run(["init"], in: outside.root, environment: GitSandbox.environment)
    #expect(refused.status == 1)
    #expect(refused.stderr.hasPrefix("error: not a git repository: "))
  }

  @Test("git diff and git log -p show a changed verdict as one claim line out and one in")
  func textconv() throws {
    let sandbox = try repository()
    let (number, id) = try claim("38,550", sandbox: sandbox)
    _ = try factcheck(["-c", "open 001; unverify \(number) Ukraine's own estimate"], in: sandbox)
    try sandbox.commitAll("unverified")
    _ = try factcheck(["-c", "open 001; dispute \(number)"], in: sandbox)
    let diff = try sandbox.git("diff").text
    let removed = diff.split(separator: "\n").filter { $0.hasPrefix("-claim \(id)") }
    let added = diff.split(separator: "\n").filter { $0.hasPrefix("+claim \(id)") }
    let start = try opening("38,550", sandbox: sandbox)
    #expect(removed.count == 1 && removed.first?.contains("  unverified  \"\(start)") == true, "\(diff)")
    #expect(added.count == 1 && added.first?.contains("  disputed    \"\(start)") == true, "\(diff)")
    #expect(added.first?.contains("note: Ukraine's own estimate") == true)
    try sandbox.commitAll("disputed")
    let log = try sandbox.git("log", "-p", "-1").text
    #expect(log.contains("+claim \(id)  disputed"), "\(log)")
  }

  @Test("reviews of different claims on two branches merge cleanly through the driver")
  func cleanMerge() throws {
    let sandbox = try repository()
    let (first, firstID) = try claim("38,550", sandbox: sandbox)
    let (second, secondID) = try claim("driven to the airport", sandbox: sandbox)
    _ = try factcheck(["-c", "open 001; unverify \(first)"], in: sandbox)
    try sandbox.commitAll("base review")
    try sandbox.git("checkout", "-q", "-b", "bo")
    _ = try factcheck(["-c", "open 001; dispute \(first) Russia's own count differs"], in: sandbox, as: "Bo")
    try sandbox.commitAll("Bo")
    try sandbox.git("checkout", "-q", "main")
    _ = try factcheck(["-c", "open 001; verify \(second) the publication says so itself"], in: sandbox)
    try sandbox.commitAll("Ada")
    let merge = sandbox.run(["merge", "--no-edit", "bo"])
    #expect(merge.status == 0, "\(merge.stderr)")
    let merged = try stored(sandbox)
    #expect(merged[firstID]?.review.status == .disputed)
    #expect(merged[firstID]?.review.reviewer == "Bo")
    #expect(merged[secondID]?.review.status == .verified)
    #expect(merged.claims.allSatisfy { $0.review.conflict == nil })
    let status = try factcheck(["status"], in: sandbox)
    #expect(!status.stdout.contains("conflicts"))
    #expect(status.stderr.isEmpty, "\(status.stderr)")
  }

  @Test("two verdicts on one claim: git reports the conflict, the file keeps both, the shell adjudicates")
  func conflictingMerge() throws {
    let sandbox = try repository()
    let (number, id) = try claim("38,550", sandbox: sandbox)
    let (other, otherID) = try claim("KAMAZ trucks brought", sandbox: sandbox)
    _ = try factcheck(["-c", "open 001; unverify \(number)"], in: sandbox)
    try sandbox.commitAll("base review")
    try sandbox.git("checkout", "-q", "-b", "bo")
    _ = try factcheck(["-c", "open 001; dispute \(number) Russia's own count was 498"], in: sandbox, as: "Bo")
    try sandbox.commitAll("Bo")
    try sandbox.git("checkout", "-q", "main")
    _ = try factcheck(
      ["-c", "open 001; verify \(number) matches the ministry; verify \(other)"], in: sandbox, as: "Ada")
    try sandbox.commitAll("Ada")
    let merge = sandbox.run(["merge", "--no-edit", "bo"])
    #expect(merge.status != 0)
    let output = merge.text + merge.stderr
    #expect(output.contains("CONFLICT (content): Merge conflict in annotations/\(Self.article).json"), "\(output)")
    #expect(output.contains("\(id) \"\(try opening("38,550", sandbox: sandbox))"), "\(output)")
    #expect(output.contains("verified (Ada) vs disputed (Bo)"), "\(output)")
    let text = try #require(sandbox.workspace.read("annotations/\(Self.article).json"))
    #expect(!text.contains("<<<<<<<") && !text.contains("======="))
    let validator = try SchemaValidator(contentsOf: Repository.docs.appendingPathComponent("annotation.schema.json"))
    #expect(try validator.violations(of: Data(text.utf8)).isEmpty)
    let merged = try stored(sandbox)
    #expect(merged[id]?.review.status == .verified)
    #expect(merged[id]?.review.conflict?.theirs.status == .disputed)
    #expect(merged[id]?.review.conflict?.theirs.reviewer == "Bo")
    #expect(merged[id]?.review.conflict?.base?.status == .unverified)
    #expect(merged[otherID]?.review.status == .verified)

    let status = try factcheck(["status"], in: sandbox)
    #expect(status.stdout.contains("conflicts 1"), "\(status.stdout)")
    #expect(status.stderr.contains("1 claim is in conflict after a merge"))

    let listing = try factcheck(["-c", "conflicts"], in: sandbox)
    #expect(listing.stdout.contains("001 claim \(number)"))
    #expect(listing.stdout.contains("theirs   ✗ disputed"))
    let resolved = try factcheck(["-c", "open 001; resolve \(number) theirs"], in: sandbox)
    #expect(resolved.status == 0, "\(resolved.stderr)")
    #expect(resolved.stdout.contains("tell git with 'git add annotations/\(Self.article).json'"), "\(resolved.stdout)")
    #expect(try stored(sandbox)[id]?.review.status == .disputed)
    try sandbox.git("add", "annotations")
    try sandbox.git("commit", "-q", "--no-edit")
    let after = try factcheck(["status"], in: sandbox)
    #expect(!after.stdout.contains("conflicts"))

    let diff = try factcheck(["diff", "--json", "HEAD^1", "HEAD"], in: sandbox)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
    let articles = try #require(object["articles"] as? [[String: Any]])
    let claims = try #require(articles.first?["claims"] as? [[String: Any]])
    #expect(claims.count == 1)
    #expect(claims.first?["id"] as? String == id)
    #expect(claims.first?["number"] as? Int == number)
    #expect(claims.first?["fields"] as? [String] == ["status", "note"])
    let text2 = try factcheck(["diff", "HEAD^1", "HEAD"], in: sandbox)
    #expect(text2.stdout.contains("claim \(number)"))
    #expect(text2.stdout.contains("verified → disputed"))
    let stat = try factcheck(["diff", "--stat", "HEAD^1", "HEAD"], in: sandbox)
    #expect(stat.stdout == " \(Self.article)  1 changed\n 1 article: 1 changed\n")
  }

  @Test("two branches that both start an article's review merge with no common file")
  func bothStartTheFile() throws {
    let sandbox = try repository()
    let (first, firstID) = try claim("38,550", sandbox: sandbox)
    let (second, secondID) = try claim("KAMAZ trucks brought", sandbox: sandbox)
    try sandbox.git("checkout", "-q", "-b", "bo")
    _ = try factcheck(["-c", "open 001; dispute \(first)"], in: sandbox, as: "Bo")
    try sandbox.commitAll("Bo")
    try sandbox.git("checkout", "-q", "main")
    _ = try factcheck(["-c", "open 001; verify \(second)"], in: sandbox)
    try sandbox.commitAll("Ada")
    let merge = sandbox.run(["merge", "--no-edit", "bo"])
    #expect(merge.status == 0, "\(merge.stderr)")
    let merged = try stored(sandbox)
    #expect(merged[firstID]?.review.status == .disputed)
    #expect(merged[secondID]?.review.status == .verified)
  }

  @Test("agreement between two branches: counts, κ, α and AC1 as computed by hand, and the disagreement")
  func agreement() throws {
    let sandbox = try GitSandbox(articles: [Fixtures.budgetFile: Fixtures.budget])
    _ = try factcheck(["init"], in: sandbox)
    try sandbox.commitAll("article")
    let name = "001_budget"
    let numbers = try ["The ministry", "Critics", "The report", "The minister"].map {
      try claim($0, in: name, sandbox: sandbox).0
    }
    try sandbox.git("checkout", "-q", "-b", "ada")
    _ = try factcheck(
      ["-c", "open 1; verify \(numbers[0]); verify \(numbers[1]); dispute \(numbers[2]); unverify \(numbers[3])"],
      in: sandbox, as: "Ada")
    try sandbox.commitAll("Ada")
    try sandbox.git("checkout", "-q", "-b", "bo", "main")
    _ = try factcheck(
      [
        "-c",
        "open 1; verify \(numbers[0]); unverify \(numbers[1]) one source; dispute \(numbers[2]); unverify \(numbers[3])",
      ],
      in: sandbox, as: "Bo")
    try sandbox.commitAll("Bo")
    // A: v v d u, B: v u d u. Pₒ = 3/4. Margins A v2 u1 d1, B v1 u2 d1: Pₑ = (2 + 2 + 1)/16 = 5/16,
    // κ = (12/16 − 5/16)/(11/16) = 7/11 ≈ 0.636.
    // α: N = 8, n_c = v3 u3 d2, Σ n_c² = 22, 64 − 22 = 42, one disagreement so Σ o = 2, α = 1 − 7·2/42 = 2/3.
    // AC1: π = 3/8, 3/8, 2/8, 0 over K = 4: Σ π(1 − π) = 42/64, Pₑ = 14/64, AC1 = (48/64 − 14/64)/(50/64) = 0.68.
    let text = try factcheck(["agreement", "ada", "bo"], in: sandbox)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("claims labelled by both 4, by A only 0, by B only 0"))
    #expect(text.stdout.contains("  observed agreement  0.750\n"))
    #expect(text.stdout.contains("  Cohen's κ           0.636\n"))
    #expect(text.stdout.contains("  Krippendorff's α    0.667  (nominal)\n"))
    #expect(text.stdout.contains("  Gwet's AC1          0.680\n"))
    #expect(
      text.stdout.contains("  verified             1           1         0          0      2\n"), "\(text.stdout)")
    #expect(text.stdout.contains("1 disagreement"))
    #expect(
      text.stdout.contains("001 claim \(numbers[1])  \"Critics said spending on schools fell by 12 million euros.\""))
    #expect(text.stdout.contains("      B  unverified (Bo) — one source\n"))

    let json = try factcheck(["agreement", "--json", "ada", "bo"], in: sandbox)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let kappa = try #require(object["cohensKappa"] as? Double)
    let alpha = try #require(object["krippendorffsAlpha"] as? Double)
    let ac1 = try #require(object["gwetsAC1"] as? Double)
    #expect(abs(kappa - 7.0 / 11.0) < 1e-9)
    #expect(abs(alpha - 2.0 / 3.0) < 1e-9)
    #expect(abs(ac1 - 0.68) < 1e-9)
    let counts = try #require(object["counts"] as? [String: [String: Int]])
    #expect(counts["verified"]?["unverified"] == 1)
    let disagreements = try #require(object["disagreements"] as? [[String: Any]])
    #expect(disagreements.count == 1)
    #expect(disagreements.first?["number"] as? Int == numbers[1])

    // A branch against a folder of annotation files gives the same figures.
    try sandbox.git("checkout", "-q", "ada")
    let folder = try factcheck(["agreement", "annotations", "bo"], in: sandbox)
    #expect(folder.stdout.contains("  Cohen's κ           0.636\n"))
    let unknown = try factcheck(["agreement", "ada", "nobody"], in: sandbox)
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "error: unknown revision or folder 'nobody'\n")
  }

  @Test("status warns when the drivers' executable has moved, and init repairs it")
  func movedExecutable() throws {
    let sandbox = try repository()
    let repository = try sandbox.repository()
    try repository.setLocalConfig("merge.factcheck.driver", "/gone/factcheck merge-driver %O %A %B --path %P")
    let warned = try factcheck(["status"], in: sandbox)
    #expect(warned.stderr.contains("git's factcheck drivers run /gone/factcheck, which is missing"))
    let repaired = try factcheck(["init"], in: sandbox)
    #expect(repaired.stdout.contains("changed"))
    #expect(try factcheck(["status"], in: sandbox).stderr.isEmpty)
  }

  @Test("every git subcommand answers --help")
  func help() throws {
    for command in ["init", "textconv", "diff", "merge-driver", "agreement"] {
      let result = try Binary.run([command, "--help"], in: Repository.root)
      #expect(result.status == 0)
      #expect(result.stdout.contains("USAGE: factcheck \(command)"), "\(command)")
    }
  }
}
