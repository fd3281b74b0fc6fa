import Foundation

/// What git's merge driver does: merges the three versions git hands over, into "ours".
///
/// Git calls `factcheck merge-driver %O %A %B`: the common ancestor, ours and
/// theirs, as temporary files. The merged result replaces the file holding ours;
/// the run fails when the merge put claims in conflict, so git reports the file as
/// conflicted, while the file itself stays valid JSON with both verdicts kept.
public enum MergeDriver {
  /// Merges the files at `base`, `ours` and `theirs`, writing the result to `ours`.
  ///
  /// An empty or missing file stands for "no file" (git passes an empty base
  /// when both sides added the file). `path` names the file in errors (each
  /// version by its own file when `nil`). Nothing is written when any version
  /// cannot be read.
  public static func run(base: URL, ours: URL, theirs: URL, path: String?) throws -> AnnotationMerge.Result? {
    let baseAnnotations = try read(base, side: "base", path: path)
    let ourAnnotations = try read(ours, side: "ours", path: path)
    let theirAnnotations = try read(theirs, side: "theirs", path: path)
    guard let result = AnnotationMerge.merge(base: baseAnnotations, ours: ourAnnotations, theirs: theirAnnotations)
    else { return nil }
    try AtomicFile.write(AnnotationCodec.encodeBytes(result.merged), to: ours)
    return result
  }

  private static func read(_ url: URL, side: String, path: String?) throws -> ArticleAnnotations? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw MergeDriverError.unreadable(side: side, reason: "cannot read \(url.path)")
    }
    let bytes = Array(data)
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
    do {
      return try AnnotationCodec.decode(bytes, file: path ?? url.path)
    } catch {
      throw MergeDriverError.unreadable(side: side, reason: error.description)
    }
  }
}

/// A merge the driver cannot attempt.
public enum MergeDriverError: Error, Sendable, Hashable {
  /// One version is not a readable annotation file; `side` is base, ours or theirs.
  case unreadable(side: String, reason: String)
}

extension MergeDriverError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unreadable(let side, let reason):
      "cannot merge: \(side) is not a valid annotation file: \(reason) (the file is left as ours; "
        + "git keeps theirs: 'git checkout --theirs <file>')"
    }
  }
}
