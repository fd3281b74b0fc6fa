/// Whether a source, as an article names it, is an organisation or a person.
enum SourceKind {
  private static let organizations: Set<String> = [
    "ministry", "government", "military", "army", "forces", "force", "agency", "directorate", "department", "office",
    "council", "commission", "parliament", "committee", "police", "court", "company", "corporation", "bank",
    "university", "institute", "organization", "organisation", "union", "party", "news", "times", "post", "reuters",
    "press", "media", "mod", "nato", "statement", "authorities", "officials", "report", "recording", "video",
  ]
  private static let people: Set<String> = [
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "commander", "secretary", "commissioner",
    "woman", "man", "wife", "husband", "soldier", "prisoner", "official", "lawmaker", "lawmakers", "mother", "father",
    "he", "she", "director", "chief", "general", "governor", "mayor", "senator",
  ]

  /// Whether `source` reads as an organisation: it names one ("the Ukrainian MoD", "Reuters") and no person's role
  /// ("Defense Ministry spokesman Igor Konashenkov" is a person).
  static func isOrganization(_ source: String) -> Bool {
    let words = source.lowercased().split { !$0.isLetter }.map(String.init)
    if words.contains(where: people.contains) { return false }
    return words.contains(where: organizations.contains)
  }
}
