import Testing

@testable import FactCheckCore

@Suite("What the exports leave out")
struct ReportExportTests {
  @Test("a notice names every claim in conflict up to ten, then says how many more")
  func conflictNotice() {
    #expect(
      ReportExport.conflictNotice(["002:11"], format: "ClaimReview")
        == "1 claim in conflict left out of the ClaimReview export (002:11); settle it with 'resolve'")
    let ten = (1...10).map { "003:\($0)" }
    #expect(ReportExport.conflictNotice(ten, format: "X").contains("(\(ten.joined(separator: ", "))); settle them"))
    let many = (1...634).map { "004:\($0)" }
    #expect(
      ReportExport.conflictNotice(many, format: "Web Annotation")
        == "634 claims in conflict left out of the Web Annotation export ("
        + many.prefix(10).joined(separator: ", ") + ", and 624 more); settle them with 'resolve'")
  }
}
