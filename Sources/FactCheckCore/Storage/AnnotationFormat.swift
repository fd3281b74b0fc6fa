/// The versions of the annotation file format, and how older files are brought up to date.
///
/// Every file names its format in `format`, as `factcheck-annotations/N`. A
/// file of the current version is read as it is. A file of an older version
/// is upgraded in memory, one version at a time, by the registered
/// migrations, and is written in the current format at the next change. A
/// newer version, or a `format` this program does not recognise, cannot be
/// read safely: the article opens read-only and the file is never written.
///
/// A file is written in the lowest version that holds all it says (as git
/// writes index version 3 only when an entry needs it): version 2 only adds
/// `reviewed_text`, so a file without one stays version 1, readable by older
/// releases, and upgrading never touches files it need not.
public enum AnnotationFormat {
  /// The part of the identifier before the version number.
  public static let family = "factcheck-annotations"
  /// The newest version this program reads and writes.
  public static let current = 2
  /// The identifier of the newest version: `factcheck-annotations/2`.
  public static var currentIdentifier: String { identifier(version: current) }

  /// The identifier of `version`.
  public static func identifier(version: Int) -> String { "\(family)/\(version)" }

  /// The identifier `annotations` are written with: the lowest version that holds them.
  ///
  /// Version 2 adds `reviewed_text`, on a review or on a side of a conflict.
  public static func identifier(for annotations: ArticleAnnotations) -> String {
    let needsTwo = annotations.claims.contains { claim in
      claim.review.reviewedText != nil
        || claim.review.conflict.map { conflict in
          ([conflict.theirs] + conflict.others + (conflict.base.map { [$0] } ?? [])).contains {
            $0.reviewedText != nil
          }
        } == true
    }
    return identifier(version: needsTwo ? 2 : 1)
  }

  /// Rewrites a parsed file of version `from` into version `from + 1`.
  public struct Migration: Sendable {
    /// The version this step reads.
    public var from: Int
    /// The rewrite; it may throw when the old file cannot be upgraded.
    public var upgrade: @Sendable (JSONNode, _ file: String) throws(AnnotationFileError) -> JSONNode

    /// Creates a step.
    public init(
      from: Int, upgrade: @escaping @Sendable (JSONNode, _ file: String) throws(AnnotationFileError) -> JSONNode
    ) {
      self.from = from
      self.upgrade = upgrade
    }
  }

  /// Every migration, oldest first.
  ///
  /// From 1 to 2 nothing changes: version 2 only allows a member version 1 does not have.
  public static let migrations: [Migration] = [Migration(from: 1) { node, _ in node }]

  /// What a `format` value says about a file.
  public enum Version: Sendable, Hashable {
    /// The version this program writes.
    case current
    /// An older version, which migrations can bring up to date.
    case older(Int)
    /// A version from a later release of factcheck.
    case newer(Int)
    /// Not a format this program knows at all.
    case unknown
  }

  /// Classifies a `format` value against the version `current`.
  public static func version(of identifier: String, current: Int = current) -> Version {
    let prefix = family + "/"
    guard identifier.hasPrefix(prefix) else { return .unknown }
    let digits = identifier.dropFirst(prefix.count)
    guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      !digits.hasPrefix("0"), let number = Int(digits)
    else { return .unknown }
    if number == current { return .current }
    return number < current ? .older(number) : .newer(number)
  }

  /// Brings a parsed file up to version `current`, one migration at a time.
  ///
  /// A file already current is returned as it is, and so is one without a
  /// string `format` (the reader reports that). After each step the file's
  /// `format` names the version reached. A newer or unknown format, or a
  /// missing step, is an error naming the file and the `format` member.
  static func upgrade(
    _ root: JSONNode, file: String, current: Int = current, migrations: [Migration] = migrations
  ) throws(AnnotationFileError) -> JSONNode {
    guard case .object(let members) = root.value, let formatNode = members["format"],
      case .string(let format) = formatNode.value
    else { return root }
    func failure(_ reason: AnnotationFileError.Reason, _ message: String) -> AnnotationFileError {
      AnnotationFileError(reason, file: file, position: formatNode.position, path: "format", message: message)
    }
    let expected = "\"\(family)/\(current)\""
    switch version(of: format, current: current) {
    case .current:
      return root
    case .newer:
      throw failure(
        .newerFormat(format),
        "written by a newer version of factcheck (format \"\(format)\"; this version reads up to \(expected))")
    case .unknown:
      throw failure(.unsupportedFormat(format), "unknown format \"\(format)\" (this version reads \(expected))")
    case .older(let version):
      var node = root
      for step in version..<current {
        guard let migration = migrations.first(where: { $0.from == step }) else {
          throw failure(
            .unsupportedFormat(format), "format \"\(format)\" cannot be upgraded: no migration from /\(step)")
        }
        node = try migration.upgrade(node, file)
        guard case .object(var upgraded) = node.value else {
          throw failure(.unsupportedFormat(format), "the upgrade from /\(step) did not produce an object")
        }
        upgraded["format"] = JSONNode(.string("\(family)/\(step + 1)"), at: formatNode.position)
        node = JSONNode(.object(upgraded), at: node.position)
      }
      return node
    }
  }
}
