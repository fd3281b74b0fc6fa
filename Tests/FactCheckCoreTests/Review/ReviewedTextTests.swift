import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Verdicts on text edited since")
struct ReviewedTextTests {
  static let original = """
    Troops crossed the border at dawn on Monday, officials said.

    The army said 40 tanks were lost near the river on Monday evening.

    Talks are planned for Friday.

    """
  static let edited = original.replacingOccurrences(of: "40 tanks were lost", with: "45 tanks were destroyed")

  private func workbench(_ temp: TemporaryWorkspace) throws -> Workbench {
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    return Workbench(workspace: try Workspace.discover(from: temp.root), reviewer: "Ada", clock: { fixed })
  }

  private func stored(_ temp: TemporaryWorkspace) throws -> (ArticleAnnotations, String) {
    let text = try #require(temp.read("annotations/a.json"))
    return (try AnnotationCodec.decode(Array(text.utf8), file: "a.json"), text)
  }

  @Test("a verdict found again only fuzzily keeps the text it was given to, until a verdict is given again")
  func keptUntilVerdict() throws {
    let temp = try TemporaryWorkspace(articles: ["a.txt": Self.original])
    try workbench(temp).giveVerdict(.verified, note: "MoD figure", to: 2, in: "a.txt", summary: "verify 2")
    #expect(try stored(temp).1.contains("\"format\": \"factcheck-annotations/1\""))
    try temp.write("seeds/a.txt", Self.edited)

    let bench = try workbench(temp)
    let claim = try #require(try bench.review("a.txt").claim(number: 2))
    #expect(claim.text == "The army said 45 tanks were destroyed near the river on Monday evening.")
    #expect(claim.review.status == .verified)
    #expect(claim.review.reviewedText == "The army said 40 tanks were lost near the river on Monday evening.")

    // Any save keeps it in the file, which then needs version 2.
    try bench.updateReview(of: 3, in: "a.txt", summary: "note 3") { $0.note = "check the date" }
    let (file, text) = try stored(temp)
    #expect(file.claims.first { $0.review.status == .verified }?.review.reviewedText != nil)
    #expect(text.contains("\"format\": \"factcheck-annotations/2\""))
    #expect(text.contains("\"reviewed_text\": \"The army said 40 tanks were lost near the river on Monday evening.\""))

    // A note is no new verdict; the same verdict given again is.
    try bench.updateReview(of: 2, in: "a.txt", summary: "note 2") { $0.note = "still the MoD figure" }
    #expect(try bench.review("a.txt").claim(number: 2)?.review.reviewedText != nil)
    try bench.giveVerdict(.verified, to: 2, in: "a.txt", summary: "verify 2")
    #expect(try bench.review("a.txt").claim(number: 2)?.review.reviewedText == nil)
    #expect(try stored(temp).1.contains("\"format\": \"factcheck-annotations/1\""))
  }

  @Test("the words read as reviewed again: nothing to recheck")
  func revertedText() throws {
    let temp = try TemporaryWorkspace(articles: ["a.txt": Self.original])
    try workbench(temp).giveVerdict(.disputed, to: 2, in: "a.txt", summary: "dispute 2")
    try temp.write("seeds/a.txt", Self.edited)
    let bench = try workbench(temp)
    try bench.updateReview(of: 1, in: "a.txt", summary: "verify 1") { $0.status = .verified }
    #expect(try stored(temp).0.claims.contains { $0.review.reviewedText != nil })
    try temp.write("seeds/a.txt", Self.original)
    let claim = try #require(try workbench(temp).review("a.txt").claim(number: 2))
    #expect(claim.review.status == .disputed)
    #expect(claim.review.reviewedText == nil)
  }

  @Test("a claim without a verdict, or moved with its words unchanged, has nothing to recheck")
  func onlyVerdictsOnChangedWords() throws {
    let temp = try TemporaryWorkspace(articles: ["a.txt": Self.original])
    let bench = try workbench(temp)
    try bench.updateReview(of: 2, in: "a.txt", summary: "note 2") { $0.note = "ask the MoD" }
    try bench.giveVerdict(.verified, to: 3, in: "a.txt", summary: "verify 3")
    try temp.write("seeds/a.txt", "A new first line was added.\n\n" + Self.edited)
    let review = try workbench(temp).review("a.txt")
    #expect(review.claims.allSatisfy { $0.review.reviewedText == nil })
    #expect(review.claims.first { $0.text == "Talks are planned for Friday." }?.review.status == .verified)
  }

  @Test("files of version 1 are read; a newer version than 2 is not")
  func versions() throws {
    #expect(AnnotationFormat.version(of: "factcheck-annotations/1") == .older(1))
    #expect(AnnotationFormat.version(of: "factcheck-annotations/2") == .current)
    #expect(AnnotationFormat.version(of: "factcheck-annotations/3") == .newer(3))
  }
}
