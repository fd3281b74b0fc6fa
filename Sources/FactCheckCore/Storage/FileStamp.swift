#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The identity, size and change times of a file: a cheap way to notice that it changed.
///
/// Comparing stamps costs one `stat` per file. A stamp only says where to look:
/// whether the content really changed is decided by reading it.
public struct FileStamp: Sendable, Hashable {
  private var device: UInt64
  private var inode: UInt64
  private var size: Int64
  private var modified: timespec.Parts
  private var changed: timespec.Parts

  /// The stamp of the file or folder at `path` (following symbolic links), or `nil` when there is none.
  public static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = info.st_mtimespec
      let changed = info.st_ctimespec
    #else
      let modified = info.st_mtim
      let changed = info.st_ctim
    #endif
    return FileStamp(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
      modified: modified.parts, changed: changed.parts)
  }
}

extension timespec {
  /// Seconds and nanoseconds, comparable.
  struct Parts: Sendable, Hashable {
    var seconds: Int
    var nanoseconds: Int
  }

  fileprivate var parts: Parts { Parts(seconds: Int(tv_sec), nanoseconds: Int(tv_nsec)) }
}
