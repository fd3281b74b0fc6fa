import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Agreement between two reviews")
struct AgreementReportTests {
  /// A folder of annotation files built from `files` (article name → claims), read back as a snapshot.
  private func snapshot(_ files: [String: [ClaimAnnotation]], label: String) throws -> (AnnotationSnapshot, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agreement-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, claims) in files {
      let text = AnnotationCodec.encode(Samples.annotations(claims, file: name + ".txt"))
      try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".json"))
    }
    return (AnnotationSnapshot.folder(folder, label: label), folder)
  }

  private func claim(
    _ id: String, _ start: Int, _ status: ClaimStatus, dismissed: Bool = false, reviewer: String
  ) -> ClaimAnnotation {
    var claim = Samples.claim(id, start: start, status: status, reviewer: reviewer)
    claim.review.dismissed = dismissed
    return claim
  }

  @Test("claims pair by article and id; unreviewed, one-sided and conflicted claims stay out of the figures")
  func pairing() throws {
    var conflicted = claim("e", 80, .verified, reviewer: "Ada")
    conflicted.review.conflict = ReviewConflict(theirs: Review(status: .disputed, reviewer: "Cy"))
    let (a, folderA) = try snapshot(
      [
        "001": [
          claim("a", 0, .verified, reviewer: "Ada"), claim("b", 20, .disputed, reviewer: "Ada"),
          claim("c", 40, .unverified, reviewer: "Ada"), claim("d", 60, .unreviewed, dismissed: true, reviewer: "Ada"),
          conflicted,
        ],
        "002": [claim("a", 0, .verified, reviewer: "Ada")],
      ], label: "A")
    let (b, folderB) = try snapshot(
      [
        "001": [
          claim("a", 0, .verified, reviewer: "Bo"), claim("b", 20, .unverified, reviewer: "Bo"),
          claim("d", 60, .verified, reviewer: "Bo"), claim("e", 80, .verified, reviewer: "Bo"),
          claim("f", 100, .disputed, reviewer: "Bo"),
        ],
        "002": [claim("a", 0, .unreviewed, reviewer: "Bo")],
      ], label: "B")
    defer {
      try? FileManager.default.removeItem(at: folderA)
      try? FileManager.default.removeItem(at: folderB)
    }
    let report = AgreementReport(a: a, b: b)
    // 001: a (v,v) b (d,u) d (dismissed,v) are labelled on both sides; c is A's only, f B's only;
    // e is in conflict on A. 002: a is A's only (unreviewed on B), and "a" in 002 is not "a" in 001.
    #expect(report.paired == 3)
    #expect(report.count(a: .verified, b: .verified) == 1)
    #expect(report.count(a: .disputed, b: .unverified) == 1)
    #expect(report.count(a: .dismissed, b: .verified) == 1)
    #expect(report.onlyA == 2)
    #expect(report.onlyB == 1)
    #expect(report.undecidedA == 1)
    #expect(report.undecidedB == 0)
    #expect(report.disagreements.map(\.id) == ["b", "d"])
    #expect(report.disagreements.map(\.article) == ["001", "001"])
    #expect(report.identical == 0)
    #expect(report.reviewersA == ["Ada": 3])
    #expect(report.reviewersB == ["Bo": 3])
    #expect(report.totalA(.verified) == 1)
    #expect(report.totalB(.verified) == 2)
    // Pₒ = 1/3; margins A: v1 d1 x1, B: v2 u1; Pₑ = (1·2)/9 = 2/9; κ = (1/3 − 2/9) / (7/9) = 1/7.
    let kappa = try #require(report.statistics.cohensKappa)
    #expect(abs(kappa - 1.0 / 7.0) < 1e-12)
  }

  @Test("an unreadable file is reported, not counted")
  func unreadable() throws {
    let (a, folderA) = try snapshot(["001": [claim("a", 0, .verified, reviewer: "Ada")]], label: "A")
    let (_, folderB) = try snapshot([:], label: "B")
    defer {
      try? FileManager.default.removeItem(at: folderA)
      try? FileManager.default.removeItem(at: folderB)
    }
    try Data("{ not json".utf8).write(to: folderB.appendingPathComponent("001.json"))
    let report = AgreementReport(a: a, b: AnnotationSnapshot.folder(folderB, label: "B"))
    #expect(report.problems.count == 1)
    #expect(report.problems.first?.hasPrefix("B: cannot read ") == true)
    #expect(report.onlyA == 1)
  }

  @Test("a review both sides inherited unchanged is counted as identical")
  func inherited() throws {
    let shared = claim("a", 0, .verified, reviewer: "Lead")
    let (a, folderA) = try snapshot(["001": [shared, claim("b", 20, .verified, reviewer: "Ada")]], label: "A")
    let (b, folderB) = try snapshot(["001": [shared, claim("b", 20, .verified, reviewer: "Bo")]], label: "B")
    defer {
      try? FileManager.default.removeItem(at: folderA)
      try? FileManager.default.removeItem(at: folderB)
    }
    let report = AgreementReport(a: a, b: b)
    #expect(report.paired == 2)
    #expect(report.identical == 1)
  }
}
