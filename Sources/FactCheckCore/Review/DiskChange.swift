/// A change made on disk, outside this workbench, to an open article or its annotations.
///
/// Another shell saving, `git pull` or `git checkout` rewrite files under an
/// open session; `Workbench.refreshFromDisk()` notices and reports them.
public enum DiskChange: Sendable, Hashable {
  /// The annotation file changed; the claims with these ids differ from what was shown.
  case annotationsChanged(articleFile: String, claimIDs: [String])
  /// The article's text changed; its stored claims were found again as the report says.
  case articleChanged(articleFile: String, anchoring: AnchoringReport)
  /// The article can no longer be read (removed, or replaced by something that is not an article).
  case articleRemoved(articleFile: String, reason: String)
  /// Articles were added to or removed from the articles folder.
  case articleListChanged(added: [String], removed: [String])
}
