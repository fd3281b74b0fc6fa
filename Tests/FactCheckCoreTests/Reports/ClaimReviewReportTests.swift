import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("ClaimReview JSON-LD")
struct ClaimReviewReportTests {
  private func graph(_ text: String) throws -> (context: String?, reviews: [[String: Any]]) {
    let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return (document["@context"] as? String, try #require(document["@graph"] as? [[String: Any]]))
  }

  @Test("one ClaimReview per claim with a verdict, with every property schema.org and Google require or recommend")
  func structure() throws {
    let bench = ReportWorkspace.shipped()
    let report = try bench.report(articles: [], options: ReportOptions())
    let (context, reviews) = try graph(ReportRenderer.render(report, as: .claimReview).text)
    #expect(context == "https://schema.org")
    let reviewed = report.allClaims.filter { $0.isReviewed && !$0.review.dismissed && $0.review.conflict == nil }
    #expect(reviews.count == reviewed.count)
    #expect(reviews.count == 31)
    let days = /\d{4}-\d{2}-\d{2}/
    for (review, claim) in zip(reviews, reviewed) {
      #expect(review["@type"] as? String == "ClaimReview")
      let claimReviewed = try #require(review["claimReviewed"] as? String)
      #expect(claimReviewed.count <= 75)
      #expect(claim.text.hasPrefix(claimReviewed.hasSuffix("…") ? String(claimReviewed.dropLast()) : claimReviewed))
      let url = try #require(review["url"] as? String)
      #expect(url.hasPrefix("#claim-"))
      #expect(review["@id"] as? String == url)
      let rating = try #require(review["reviewRating"] as? [String: Any])
      #expect(rating["@type"] as? String == "Rating")
      #expect(rating["worstRating"] as? Int == 1)
      #expect(rating["bestRating"] as? Int == 3)
      let expected: (Int, String) =
        switch claim.review.status {
        case .verified: (3, "Verified")
        case .unverified: (2, "Unverified")
        default: (1, "Disputed")
        }
      #expect(rating["ratingValue"] as? Int == expected.0)
      #expect(rating["alternateName"] as? String == expected.1)
      let item = try #require(review["itemReviewed"] as? [String: Any])
      #expect(item["@type"] as? String == "Claim")
      #expect(item["text"] as? String == claim.text)
      let author = try #require(item["author"] as? [String: Any])
      #expect(["Person", "Organization"].contains(author["@type"] as? String))
      #expect((author["name"] as? String).map { !$0.isEmpty } == true)
      let appearance = try #require(item["appearance"] as? [String: Any])
      #expect(appearance["@type"] as? String == "CreativeWork")
      #expect((appearance["headline"] as? String).map { !$0.isEmpty } == true)
      #expect((appearance["@id"] as? String)?.hasPrefix("ni:///sha-256;") == true)
      let identifier = try #require(appearance["identifier"] as? [String: Any])
      #expect(identifier["propertyID"] as? String == "sha256")
      #expect((identifier["value"] as? String)?.count == 64)
      let reviewer = try #require(review["author"] as? [String: Any])
      #expect(reviewer["@type"] as? String == "Person")
      #expect(reviewer["name"] as? String == "factcheck demo")
      #expect((review["datePublished"] as? String).map { $0.wholeMatch(of: days) != nil } == true)
    }
  }

  @Test("claims are attributed to their source, or to the publication; the article's date appears")
  func authors() throws {
    let bench = ReportWorkspace.shipped()
    let (_, reviews) = try graph(try ReportWorkspace.render(bench, .claimReview, articles: ["000", "002"]).text)
    func item(_ text: String) throws -> [String: Any] {
      try #require(
        reviews.compactMap { $0["itemReviewed"] as? [String: Any] }.first {
          ($0["text"] as? String)?.contains(text) == true
        })
    }
    let ministry = try #require(try item("498 of its troops")["author"] as? [String: Any])
    #expect(ministry["name"] as? String == "Russia's Defense Ministry")
    #expect(ministry["@type"] as? String == "Organization")
    let spokesman = try #require(try item("Unfortunately, several facts")["author"] as? [String: Any])
    #expect(spokesman["@type"] as? String == "Person")
    let own = try #require(try item("Ukraine has called on the mothers")["author"] as? [String: Any])
    #expect(own["name"] as? String == "IBTimes")
    let dated = try #require(try item("Unfortunately, several facts")["appearance"] as? [String: Any])
    #expect(dated["datePublished"] as? String == "2022-03-10")
  }

  @Test("with a base URL, each review's url is the claim's place in the published HTML report")
  func baseURL() throws {
    let bench = ReportWorkspace.shipped()
    let text = try ReportWorkspace.render(
      bench, .claimReview, articles: ["002"], options: ReportOptions(baseURL: "https://example.org/review.html")
    ).text
    let (_, reviews) = try graph(text)
    #expect(reviews.first?["url"] as? String == "https://example.org/review.html#claim-002-1")
    // The HTML report carries the same JSON-LD for search engines.
    let page = try ReportWorkspace.render(bench, .html, articles: ["002"]).text
    #expect(page.contains("<script type=\"application/ld+json\">"))
    #expect(page.contains(try ReportWorkspace.render(bench, .claimReview, articles: ["002"]).text))
  }
}
