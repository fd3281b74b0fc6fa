#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The identity, size and change times of a file: a cheap way to notice that it changed.
///
/// Comparing stamps costs one `stat` per file. A stamp only says where to
/// look: whether the content really changed is decided by reading it. File
/// times are coarse (a few milliseconds on Linux), so a file changed twice in
/// quick succession can keep its stamp; a stamp taken within `racyInterval` of
/// the file's last change is therefore `racy`, and such a file is read again
/// regardless (the "racy git" problem and its answer).
public struct FileStamp: Sendable, Hashable {
  /// How recent a change must be for its stamp not to be trusted.
  public static let racyInterval = 2

  private var device: UInt64
  private var inode: UInt64
  private var size: Int64
  private var modified: Moment
  private var changed: Moment
  /// Whether the file changed so shortly before the stamp was taken that another change may not show in it.
  public private(set) var isRacy = false

  /// The stamp of the file or folder at `path` (following symbolic links), or `nil` when there is none.
  public static func of(_ path: String) -> FileStamp? {
    var info = stat()
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = Moment(info.st_mtimespec)
      let changed = Moment(info.st_ctimespec)
    #else
      let modified = Moment(info.st_mtim)
      let changed = Moment(info.st_ctim)
    #endif
    var stamp = FileStamp(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size), modified: modified,
      changed: changed)
    stamp.isRacy = Int(now.tv_sec) - max(modified.seconds, changed.seconds) < racyInterval
    return stamp
  }

  public static func == (lhs: FileStamp, rhs: FileStamp) -> Bool {
    (lhs.device, lhs.inode, lhs.size, lhs.modified, lhs.changed)
      == (rhs.device, rhs.inode, rhs.size, rhs.modified, rhs.changed)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(inode)
    hasher.combine(modified)
  }

  /// A file time: seconds and nanoseconds.
  private struct Moment: Sendable, Hashable, Comparable {
    var seconds: Int
    var nanoseconds: Int

    init(_ time: timespec) {
      seconds = Int(time.tv_sec)
      nanoseconds = Int(time.tv_nsec)
    }

    static func < (lhs: Moment, rhs: Moment) -> Bool {
      (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
    }
  }
}

extension Optional where Wrapped == FileStamp {
  /// Whether a file stamped `self` before and `now` today may have changed in between.
  public func mayDiffer(from now: FileStamp?) -> Bool {
    self != now || (self?.isRacy ?? false)
  }
}
