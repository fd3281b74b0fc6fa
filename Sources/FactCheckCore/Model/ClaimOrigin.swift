/// How a claim came to exist.
public enum ClaimOrigin: String, Sendable, Hashable, CaseIterable {
  /// Found by the sentence splitter.
  case extracted
  /// Quoted by a reviewer because the splitter missed it.
  case added
}
